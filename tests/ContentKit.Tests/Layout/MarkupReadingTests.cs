using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Layout.Markup;
using ContentKit.Text;

namespace ContentKit.Tests.Layout;

/// <summary>Markup the reader accepts, and the element tree it builds.</summary>
public class MarkupReadingTests
{
    [Fact]
    public void Gradient_with_an_angle_and_stop_offsets_is_read_in_order()
    {
        var box = Read<ContainerElement>("""<box background="linear-gradient(90deg, #FF0000 10%, #00FF0080 60%, #00F)"/>""");

        var gradient = Assert.IsType<LinearGradientFill>(box.Decoration.Background);
        Assert.Equal(90, gradient.Angle);
        Assert.Equal(
            [new GradientStop(new Rgba(255, 0, 0), 0.1f), new GradientStop(new Rgba(0, 255, 0, 128), 0.6f), new GradientStop(new Rgba(0, 0, 255), 1f)],
            gradient.Stops.ToArray());
    }

    [Fact]
    public void Gradient_without_an_angle_points_down_and_spreads_its_stops_evenly()
    {
        var shape = Read<ShapeElement>("""<shape fill="linear-gradient(#0E5E4A, #FFFFFF, #123047)"/>""");

        var gradient = Assert.IsType<LinearGradientFill>(shape.Fill);
        Assert.Equal(180, gradient.Angle);
        Assert.Equal([0f, 0.5f, 1f], gradient.Stops.Select(stop => stop.Offset));
        Assert.Equal(new Rgba(0x0E, 0x5E, 0x4A), gradient.Stops[0].Color);
    }

    [Fact]
    public void Solid_background_is_a_solid_fill()
    {
        var box = Read<ContainerElement>("""<box background="#0E5E4A80"/>""");

        Assert.Equal(new SolidFill(new Rgba(0x0E, 0x5E, 0x4A, 0x80)), box.Decoration.Background);
    }

    [Fact]
    public void Escaped_markup_in_text_becomes_literal_characters()
    {
        var text = Read<TextElement>("<text>&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</text>");

        Assert.Equal("<b>Tom & \"Jerry\"</b>", text.Text);
    }

    [Fact]
    public void White_space_in_text_collapses_but_line_breaks_remain()
    {
        var text = Read<TextElement>("<text>  Rapat \t  koordinasi  \n   Ruang   rapat\tlantai 2  </text>");

        Assert.Equal("Rapat koordinasi\nRuang rapat lantai 2", text.Text);
    }

    [Fact]
    public void Line_breaks_around_text_on_its_own_lines_are_dropped()
    {
        var text = Read<TextElement>("""
            <text>
              Judul
            </text>
            """);

        Assert.Equal("Judul", text.Text);
    }

    [Fact]
    public void Container_attributes_are_read_into_the_element()
    {
        var row = Read<ContainerElement>("""<row gap="12" align="center" justify="space-between" padding="8 16" grow="2" shrink="0" basis="50%" radius="24" border="2 #FFFFFF"/>""");

        Assert.Equal(ContainerKind.Row, row.Kind);
        Assert.Equal(12, row.Gap);
        Assert.Equal(Align.Center, row.Align);
        Assert.Equal(Justify.SpaceBetween, row.Justify);
        Assert.Equal(new Thickness(8, 16, 8, 16), row.Box.Padding);
        Assert.Equal(2, row.Box.Grow);
        Assert.Equal(0, row.Box.Shrink);
        Assert.Equal(new Length(50, LengthUnit.Percent), row.Box.Basis);
        Assert.Equal(24, row.Decoration.Radius);
        Assert.Equal(2, row.Decoration.BorderWidth);
        Assert.Equal(Rgba.White, row.Decoration.BorderColor);
    }

    [Fact]
    public void Text_attributes_are_read_into_its_style()
    {
        var text = Read<TextElement>("""<text size="40" weight="extrabold" italic="true" color="#16282B" align="center" line-height="1.08" max-lines="3" uppercase="yes" letter-spacing="2.5" font="Inter">x</text>""");

        Assert.Equal(
            new TextStyle
            {
                Family = "Inter",
                Size = 40,
                Weight = 800,
                Italic = true,
                Color = new Rgba(0x16, 0x28, 0x2B),
                Align = TextAlign.Center,
                LineHeight = 1.08f,
                MaxLines = 3,
                Uppercase = true,
                LetterSpacing = 2.5f,
            },
            text.Style);
    }

    [Fact]
    public void Absolute_placement_is_set_by_any_offset()
    {
        var shape = Read<ShapeElement>("""<shape right="-20" top="10%"/>""");

        Assert.True(shape.Box.Absolute);
        Assert.Equal(Length.Pixels(-20), shape.Box.Right);
        Assert.Equal(new Length(10, LengthUnit.Percent), shape.Box.Top);
        Assert.True(shape.Box.Left.IsAuto);
    }

    [Theory]
    [InlineData("""<shape position="static" top="10"/>""")]
    [InlineData("""<shape top="10" position="static"/>""")]
    public void Position_static_wins_over_offsets_whatever_the_attribute_order(string markup)
    {
        var shape = Read<ShapeElement>(markup);

        Assert.False(shape.Box.Absolute);
    }

    [Fact]
    public void Element_lines_are_the_markup_lines()
    {
        var root = Read<ContainerElement>("""
            <column>
              <text>Judul</text>

              <row>
                <spacer/>
              </row>
            </column>
            """);

        Assert.Equal(1, root.Line);
        Assert.Equal(2, root.Children[0].Line);
        Assert.Equal(4, root.Children[1].Line);
        Assert.Equal(5, ((ContainerElement)root.Children[1]).Children[0].Line);
    }

    [Fact]
    public void Spacer_without_a_size_grows_and_a_sized_spacer_does_not()
    {
        var root = Read<ContainerElement>("""<column><spacer/><spacer height="20"/><spacer grow="3"/></column>""");

        Assert.Equal([1f, 0f, 3f], root.Children.Select(child => child.Box.Grow));
    }

    [Fact]
    public void Comments_and_white_space_between_elements_are_ignored()
    {
        var root = Read<ContainerElement>("<column>\n  <!-- judul -->\n  <text>Judul</text>\n</column>");

        Assert.IsType<TextElement>(Assert.Single(root.Children));
    }

    [Fact]
    public void Image_attributes_are_read()
    {
        var image = Read<ImageElement>("""<image src=" foto/taman.jpg " fit="contain" radius="12" focus="50% 30%"/>""");

        Assert.Equal("foto/taman.jpg", image.Source);
        Assert.Equal(ImageFit.Contain, image.Fit);
        Assert.Equal(12, image.Radius);
        Assert.Equal(new ImageFocus(0.5f, 0.3f), image.Focus);
    }

    private static T Read<T>(string markup)
        where T : Element => Assert.IsType<T>(MarkupReader.Read(markup));
}
