using ContentKit.Checks;
using ContentKit.Layout;

namespace ContentKit.Tests.Checks;

/// <summary>The WCAG 2.1 arithmetic the contrast check rests on, against figures from the specification's own examples.</summary>
public class WcagTests
{
    [Theory]
    [InlineData("#000000", "#FFFFFF", 21.0)]
    [InlineData("#777777", "#FFFFFF", 4.48)]
    [InlineData("#F2B705", "#0E5E4A", 4.25)]
    [InlineData("#FFFFFF", "#FFFFFF", 1.0)]
    public void Contrast_ratio_matches_the_wcag_formula(string text, string background, double expected)
    {
        var ratio = Wcag.Ratio(Wcag.Luminance(Colour(text)), Wcag.Luminance(Colour(background)));

        Assert.Equal(expected, ratio, 2);
    }

    [Theory]
    [InlineData(32, 400, true)]
    [InlineData(24, 700, true)]
    [InlineData(24, 600, false)]
    [InlineData(31, 400, false)]
    public void Large_text_is_32_px_or_24_px_bold(float size, int weight, bool large)
    {
        Assert.Equal(large, Wcag.IsLarge(size, weight));
    }

    private static Rgba Colour(string hex) => Rgba.TryParse(hex, out var colour) ? colour : throw new ArgumentException(hex, nameof(hex));
}
