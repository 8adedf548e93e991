namespace ContentKit.Tests.Layout;

/// <summary>A <c>column</c> stacks children top to bottom: gap, justify, align, spacers and the automatic minimum size.</summary>
public class ColumnLayoutTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    [Fact]
    public void Column_stacks_children_with_the_gap_and_stretches_their_width()
    {
        var column = fonts.Lay("""<column gap="16"><shape height="100"/><shape height="50"/><shape height="10"/></column>""", 400, 1000);

        BoundsAssert.Equal(0, 0, 400, 100, column.At(0));
        BoundsAssert.Equal(0, 116, 400, 50, column.At(1));
        BoundsAssert.Equal(0, 182, 400, 10, column.At(2));
    }

    [Fact]
    public void Text_in_a_column_is_as_tall_as_its_lines()
    {
        var column = fonts.Lay("""<column gap="10"><text size="40">Judul</text><shape height="20"/></column>""", 400, 1000);

        // One line of 40 px at the default line height of 1.25.
        BoundsAssert.Equal(0, 0, 400, 50, column.At(0));
        BoundsAssert.Equal(0, 60, 400, 20, column.At(1));
    }

    [Theory]
    [InlineData("start", 0, 100, 200)]
    [InlineData("center", 350, 450, 550)]
    [InlineData("end", 700, 800, 900)]
    [InlineData("space-between", 0, 450, 900)]
    [InlineData("space-around", 116.67f, 450, 783.33f)]
    [InlineData("space-evenly", 175, 450, 725)]
    public void Column_justify_shares_the_leftover_height(string justify, float first, float second, float third)
    {
        var column = fonts.Lay($"""<column justify="{justify}"><shape height="100"/><shape height="100"/><shape height="100"/></column>""", 400, 1000);

        Assert.Equal([first, second, third], column.Children.Select(c => c.Bounds.Y), (a, b) => Math.Abs(a - b) <= BoundsAssert.Tolerance);
    }

    [Theory]
    [InlineData("start", 0, 110, 220)]
    [InlineData("center", 340, 450, 560)]
    [InlineData("space-between", 0, 450, 900)]
    [InlineData("space-evenly", 170, 450, 730)]
    public void Row_justify_adds_the_leftover_width_to_the_gap(string justify, float first, float second, float third)
    {
        // Leftover: 1000 - 300 - 2 × 10 = 680.
        var row = fonts.Lay($"""<row gap="10" justify="{justify}"><shape width="100"/><shape width="100"/><shape width="100"/></row>""", 1000, 100);

        Assert.Equal([first, second, third], row.Children.Select(c => c.Bounds.X), (a, b) => Math.Abs(a - b) <= BoundsAssert.Tolerance);
    }

    [Fact]
    public void Justify_has_no_effect_when_a_child_grows()
    {
        var column = fonts.Lay("""<column justify="end"><shape height="100"/><shape grow="1"/></column>""", 400, 1000);

        BoundsAssert.Equal(0, 0, 400, 100, column.At(0));
        BoundsAssert.Equal(0, 100, 400, 900, column.At(1));
    }

    [Theory]
    [InlineData("start", 0)]
    [InlineData("center", 150)]
    [InlineData("end", 300)]
    public void Column_align_places_children_of_fixed_width_on_the_cross_axis(string align, float x)
    {
        var column = fonts.Lay($"""<column align="{align}"><shape width="100" height="50"/></column>""", 400, 1000);

        BoundsAssert.Equal(x, 0, 100, 50, column.At(0));
    }

    [Fact]
    public void Column_align_other_than_stretch_gives_text_its_measured_width()
    {
        var column = fonts.Lay("""<column align="end"><text>Halo</text></column>""", 400, 1000);

        var text = column.At(0);
        Assert.NotNull(text.Text);
        Assert.Equal(text.Text.Width, text.Bounds.Width, BoundsAssert.Tolerance);
        Assert.Equal(400, text.Bounds.Right, BoundsAssert.Tolerance);
    }

    [Fact]
    public void Align_self_overrides_the_column_align_for_one_child()
    {
        var column = fonts.Lay("""<column align="center"><shape width="100" height="50" align-self="start"/><shape width="100" height="50"/><shape height="50" align-self="stretch"/><shape width="100" height="50" align-self="end"/></column>""", 400, 1000);

        BoundsAssert.Equal(0, 0, 100, 50, column.At(0));
        BoundsAssert.Equal(150, 50, 100, 50, column.At(1));
        BoundsAssert.Equal(0, 100, 400, 50, column.At(2));
        BoundsAssert.Equal(300, 150, 100, 50, column.At(3));
    }

    [Fact]
    public void Spacer_without_a_size_takes_the_free_space()
    {
        var column = fonts.Lay("""<column><shape height="100"/><spacer/><shape height="100"/></column>""", 400, 1000);

        BoundsAssert.Equal(0, 100, 400, 800, column.At(1));
        BoundsAssert.Equal(0, 900, 400, 100, column.At(2));
    }

    [Fact]
    public void Spacers_share_the_free_space_equally()
    {
        var row = fonts.Lay("""<row><spacer/><shape width="100"/><spacer/><shape width="100"/><spacer/></row>""", 1000, 100);

        // Free space 800, a third each.
        Assert.Equal([0f, 266.67f, 366.67f, 633.33f, 733.33f], row.Children.Select(c => c.Bounds.X), (a, b) => Math.Abs(a - b) <= BoundsAssert.Tolerance);
    }

    [Fact]
    public void Spacer_with_a_size_takes_only_that_size()
    {
        var column = fonts.Lay("""<column><shape height="100"/><spacer height="40"/><shape height="100"/></column>""", 400, 1000);

        Assert.Equal(40, column.At(1).Bounds.Height, BoundsAssert.Tolerance);
        Assert.Equal(140, column.At(2).Bounds.Y, BoundsAssert.Tolerance);
    }

    [Fact]
    public void Overflowing_column_shrinks_an_image_but_not_text_below_its_content_height()
    {
        // Text 50 px (one 40 px line) + image 300 px (400 wide, 4:3) in a 200 px column: 150 px too tall.
        var column = fonts.Lay($"""<column><text size="40">Judul</text><image src="{FixedImageSizes.Photo}"/></column>""", 400, 200);

        BoundsAssert.Equal(0, 0, 400, 50, column.At(0));
        Assert.InRange(column.At(1).Bounds.Height, 0, 300 - 1);
        Assert.Equal(50, column.At(1).Bounds.Y, BoundsAssert.Tolerance);
    }

    [Fact]
    public void Overflowing_column_keeps_nested_content_until_pictures_give_way_then_halves_them_at_most()
    {
        var column = fonts.Lay("""<column><column padding="10"><shape height="80"/></column><shape height="300"/></column>""", 400, 200);

        // Shapes give way last, to half their height: the nested column to 20 + 40, the sibling to 150, and the
        // 10 px still missing are measured as overflow.
        Assert.Equal(60, column.At(0).Bounds.Height, BoundsAssert.Tolerance);
        Assert.Equal(150, column.At(1).Bounds.Height, BoundsAssert.Tolerance);
        Assert.Equal(10, column.Overflow, BoundsAssert.Tolerance);
    }

    [Fact]
    public void A_box_gives_up_its_empty_space_before_text_shrinks()
    {
        var column = fonts.Lay("""
            <column>
              <column height="300"><shape height="100" shrink="0"/></column>
              <text size="40" min-size="20" fit="shrink">Satu dua tiga empat lima</text>
            </column>
            """, 400, 250);

        // Two lines of text (100 px) keep their size; the set height gives up 150 of its 200 px of empty space.
        Assert.Equal(100, column.At(1).Bounds.Height, BoundsAssert.Tolerance);
        Assert.Equal(150, column.At(0).Bounds.Height, BoundsAssert.Tolerance);
        Assert.Equal(40, column.At(1).Text!.Size);
        Assert.Equal(0, column.Overflow);
    }

    [Fact]
    public void Text_that_may_shrink_gives_way_before_a_photo()
    {
        var column = fonts.Lay($"""
            <column>
              <image src="{FixedImageSizes.Photo}" height="200"/>
              <text size="40" min-size="20" fit="shrink">Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh</text>
            </column>
            """, 400, 300);

        Assert.Equal(200, column.At(0).Bounds.Height, BoundsAssert.Tolerance);
        Assert.True(column.At(1).Text!.Size < 40);
        Assert.Equal(0, column.Overflow);
    }

    [Fact]
    public void What_nothing_can_absorb_overflows_its_container_and_is_measured()
    {
        var column = fonts.Lay("""<column padding="10"><shape height="150" shrink="0"/><qr data="x" width="100"/></column>""", 400, 200);

        // 150 + 100 in 180 px of content: 70 px over, and the QR code keeps its size.
        Assert.Equal(70, column.Overflow, BoundsAssert.Tolerance);
        Assert.Equal(100, column.At(1).Bounds.Height, BoundsAssert.Tolerance);
    }

    [Fact]
    public void Overflow_a_text_cannot_absorb_is_taken_from_the_image_so_the_column_fits()
    {
        // Flexbox freezes the text at its automatic minimum (50) and takes the rest of the overflow from the image.
        var column = fonts.Lay($"""<column><text size="40">Judul</text><image src="{FixedImageSizes.Photo}"/></column>""", 400, 200);

        BoundsAssert.Equal(0, 50, 400, 150, column.At(1));
    }
}
