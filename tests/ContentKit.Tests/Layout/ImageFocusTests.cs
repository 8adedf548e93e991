using ContentKit.Layout;

namespace ContentKit.Tests.Layout;

/// <summary>How a focus is written, in the markup's <c>focus</c> and in a <c>foto_fokus</c> cell.</summary>
public class ImageFocusTests
{
    public static TheoryData<string, float, float> Points => new()
    {
        { "0.5,0.3", 0.5f, 0.3f },
        { " 0.25 , 1 ", 0.25f, 1f },
        { "0,0", 0f, 0f },
        { "0,5;0,3", 0.5f, 0.3f },
        { "50% 30%", 0.5f, 0.3f },
        { "0.4 0.2", 0.4f, 0.2f },
        { "atas", 0.5f, 0f },
        { "TOP", 0.5f, 0f },
        { "tengah", 0.5f, 0.5f },
        { "center", 0.5f, 0.5f },
        { "Bawah", 0.5f, 1f },
        { "bottom", 0.5f, 1f },
    };

    [Theory]
    [MemberData(nameof(Points))]
    public void A_point_is_read_as_fractions_of_the_photo(string text, float x, float y)
    {
        Assert.True(ImageFocus.TryParse(text, out var focus));

        Assert.Equal(new ImageFocus(x, y), focus);
    }

    [Theory]
    [InlineData("auto")]
    [InlineData(" AUTO ")]
    public void Auto_asks_for_the_saliency_crop(string text)
    {
        Assert.True(ImageFocus.TryParse(text, out var focus));

        Assert.True(focus.IsAuto);
    }

    [Theory]
    [InlineData("")]
    [InlineData("kiri")]
    [InlineData("0.5")]
    [InlineData("0.5,0.3,0.1")]
    [InlineData("1.5,0.5")]
    [InlineData("-0.1,0.5")]
    [InlineData("50,30")]
    [InlineData("0.5,x")]
    public void Anything_else_is_refused(string text)
    {
        Assert.False(ImageFocus.TryParse(text, out _));
    }

    [Theory]
    [InlineData("0,5;0,25", "0.5,0.25")]
    [InlineData("atas", "0.5,0")]
    [InlineData("auto", "auto")]
    public void The_canonical_text_reads_back_to_the_same_focus(string text, string canonical)
    {
        Assert.True(ImageFocus.TryParse(text, out var focus));

        Assert.Equal(canonical, focus.ToString());
        Assert.True(ImageFocus.TryParse(canonical, out var again));
        Assert.Equal(focus, again);
    }
}
