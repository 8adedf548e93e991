using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Layout.Markup;

namespace ContentKit.Tests.Icons;

/// <summary>How <c>&lt;icon&gt;</c> in layout markup becomes an element the icon library draws.</summary>
public class IconMarkupTests
{
    [Fact]
    public void Icon_with_a_size_is_a_square_of_that_size_in_its_colour()
    {
        var row = Assert.IsType<ContainerElement>(MarkupReader.Read("<row><icon name=\"calendar\" size=\"56\" color=\"#0E5E4A\"/></row>"));

        var icon = Assert.IsType<IconElement>(Assert.Single(row.Children));
        Assert.Equal("calendar", icon.Icon);
        Assert.Equal(Length.Pixels(56), icon.Box.Width);
        Assert.Equal(Length.Pixels(56), icon.Box.Height);
        Assert.Equal(new Rgba(0x0E, 0x5E, 0x4A), icon.Color);
        Assert.Null(icon.StrokeWidth);
    }

    [Fact]
    public void Icon_without_a_size_is_48_pixels_and_takes_a_stroke_width()
    {
        var row = Assert.IsType<ContainerElement>(MarkupReader.Read("<row><icon name=\"map-pin\" stroke-width=\"1.5\"/></row>"));

        var icon = Assert.IsType<IconElement>(Assert.Single(row.Children));
        Assert.Equal(Length.Pixels(48), icon.Box.Width);
        Assert.Equal(Length.Pixels(48), icon.Box.Height);
        Assert.Equal(1.5f, icon.StrokeWidth);
        Assert.Equal(Rgba.Black, icon.Color);
    }
}
