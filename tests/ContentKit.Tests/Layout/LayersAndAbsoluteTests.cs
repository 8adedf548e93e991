using ContentKit.Layout;

namespace ContentKit.Tests.Layout;

/// <summary><c>layers</c> stack children over one box; top/left/right/bottom place a child against its parent's box.</summary>
public class LayersAndAbsoluteTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    [Fact]
    public void Layers_stack_every_child_over_the_full_box()
    {
        var layers = fonts.Lay($"""<layers><image src="{FixedImageSizes.Photo}"/><box background="#00000066"/><text>Halo</text></layers>""", 600, 400);

        Assert.All(layers.Children, child => BoundsAssert.Equal(0, 0, 600, 400, child));
    }

    [Fact]
    public void Layers_children_are_inset_by_the_layers_padding()
    {
        var column = fonts.Lay("""<column padding="20"><layers height="200" padding="10"><shape/><box/></layers></column>""", 600, 400);

        BoundsAssert.Equal(20, 20, 560, 200, column.At(0));
        Assert.All(column.At(0).Children, child => BoundsAssert.Equal(30, 30, 540, 180, child));
    }

    [Theory]
    [InlineData("start", 0, 0)]
    [InlineData("center", 250, 175)]
    [InlineData("end", 500, 350)]
    public void Layers_align_places_sized_children_on_both_axes(string align, float x, float y)
    {
        var layers = fonts.Lay($"""<layers align="{align}"><shape width="100" height="50"/></layers>""", 600, 400);

        BoundsAssert.Equal(x, y, 100, 50, layers.At(0));
    }

    [Fact]
    public void Auto_height_layers_are_as_tall_as_their_tallest_child()
    {
        var column = fonts.Lay("""<column><layers><shape height="40"/><shape height="120"/><shape/></layers></column>""", 600, 400);

        BoundsAssert.Equal(0, 0, 600, 120, column.At(0));
        BoundsAssert.Equal(0, 0, 600, 120, column.At(0, 2));
    }

    [Fact]
    public void Absolute_child_is_placed_by_top_and_left_against_the_parent_box()
    {
        var layers = Placed("""<shape top="10" left="20" width="100" height="50"/>""");

        BoundsAssert.Equal(70, 60, 100, 50, layers.At(0));
    }

    [Fact]
    public void Absolute_child_is_placed_by_right_and_bottom_against_the_parent_box()
    {
        var layers = Placed("""<shape right="10" bottom="20" width="100" height="50"/>""");

        BoundsAssert.Equal(440, 180, 100, 50, layers.At(0));
    }

    [Fact]
    public void Absolute_child_with_left_and_right_stretches_between_them()
    {
        var layers = Placed("""<shape left="10" right="30" top="0" height="40"/>""");

        BoundsAssert.Equal(60, 50, 460, 40, layers.At(0));
    }

    [Fact]
    public void Absolute_child_with_top_and_bottom_stretches_between_them()
    {
        var layers = Placed("""<shape top="10" bottom="10" left="0" width="30"/>""");

        BoundsAssert.Equal(50, 60, 30, 180, layers.At(0));
    }

    [Fact]
    public void Absolute_offsets_in_percent_are_of_the_parent_box()
    {
        var layers = Placed("""<shape left="50%" top="50%" width="10%" height="10"/>""");

        BoundsAssert.Equal(300, 150, 50, 10, layers.At(0));
    }

    [Fact]
    public void Absolute_child_ignores_the_parent_padding()
    {
        var column = fonts.Lay("""<column padding="40"><shape top="0" left="0" width="10" height="10"/></column>""", 600, 400);

        BoundsAssert.Equal(0, 0, 10, 10, column.At(0));
    }

    [Fact]
    public void Absolute_child_takes_no_space_from_its_siblings()
    {
        var column = fonts.Lay("""<column gap="10"><shape height="50"/><shape top="0" left="0" width="10" height="500"/><shape height="50"/></column>""", 600, 400);

        BoundsAssert.Equal(0, 0, 600, 50, column.At(0));
        BoundsAssert.Equal(0, 60, 600, 50, column.At(2));
    }

    [Fact]
    public void Absolute_child_without_offsets_sits_at_the_parent_top_left()
    {
        var layers = Placed("""<shape position="absolute" width="100" height="50"/>""");

        BoundsAssert.Equal(50, 50, 100, 50, layers.At(0));
    }

    /// <summary>One absolute child in layers at (50, 50), 500 × 200.</summary>
    private LayoutBox Placed(string child) =>
        fonts.Lay($"""<column padding="50"><layers height="200">{child}</layers></column>""", 600, 400).At(0);
}
