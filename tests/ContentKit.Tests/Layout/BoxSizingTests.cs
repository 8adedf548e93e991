namespace ContentKit.Tests.Layout;

/// <summary>Sizes every element shares: padding, pixels and percentages, min/max clamps, aspect ratio, image proportions.</summary>
public class BoxSizingTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    [Fact]
    public void Padding_insets_children_on_each_side()
    {
        var layers = fonts.Lay("""<layers padding="10 20 30 40"><shape/></layers>""", 400, 300);

        BoundsAssert.Equal(40, 10, 340, 260, layers.At(0));
    }

    [Theory]
    [InlineData("12", 12, 12, 12, 12)]
    [InlineData("10 20", 10, 20, 10, 20)]
    [InlineData("10 20 30", 10, 20, 30, 20)]
    public void Padding_shorthand_repeats_sides_like_css(string padding, float top, float right, float bottom, float left)
    {
        var layers = fonts.Lay($"""<layers padding="{padding}"><shape/></layers>""", 400, 300);

        BoundsAssert.Equal(left, top, 400 - left - right, 300 - top - bottom, layers.At(0));
    }

    [Fact]
    public void Padding_adds_to_the_content_height_of_an_auto_height_container()
    {
        var column = fonts.Lay("""<column><column padding="15 0 25" gap="10"><shape height="40"/><shape height="40"/></column></column>""", 400, 1000);

        BoundsAssert.Equal(0, 0, 400, 130, column.At(0));
        BoundsAssert.Equal(0, 65, 400, 40, column.At(0, 1));
    }

    [Fact]
    public void Pixel_and_percent_sizes_resolve_against_the_parent()
    {
        var row = fonts.Lay("""<row align="start" padding="0 100"><shape width="25%" height="50%"/><shape width="120px" height="40px"/><shape width="10.5" height="100%"/></row>""", 1000, 400);

        // Percentages are of the parent's inner box: 800 × 400.
        BoundsAssert.Equal(100, 0, 200, 200, row.At(0));
        BoundsAssert.Equal(300, 0, 120, 40, row.At(1));
        BoundsAssert.Equal(420, 0, 10.5f, 400, row.At(2));
    }

    [Fact]
    public void Max_and_min_width_clamp_a_declared_width()
    {
        var column = fonts.Lay("""<column align="start"><shape width="500" max-width="200" height="10"/><shape width="50" min-width="120" height="10"/><shape width="90%" max-width="50%" height="10"/></column>""", 400, 1000);

        BoundsAssert.Size(200, 10, column.At(0));
        BoundsAssert.Size(120, 10, column.At(1));
        BoundsAssert.Size(200, 10, column.At(2));
    }

    [Fact]
    public void Max_width_clamps_a_stretched_child()
    {
        var column = fonts.Lay("""<column><shape max-width="50%" height="10"/></column>""", 400, 1000);

        BoundsAssert.Equal(0, 0, 200, 10, column.At(0));
    }

    [Fact]
    public void Min_and_max_height_clamp_content_and_stretched_heights()
    {
        var column = fonts.Lay("""<column><shape min-height="80"/><shape height="500" max-height="60"/><row height="300"><shape width="10" max-height="30"/><shape width="10" min-height="400" height="20"/></row></column>""", 400, 1000);

        BoundsAssert.Equal(0, 0, 400, 80, column.At(0));
        BoundsAssert.Equal(0, 80, 400, 60, column.At(1));
        BoundsAssert.Size(10, 30, column.At(2, 0));
        BoundsAssert.Size(10, 400, column.At(2, 1));
    }

    [Fact]
    public void Grow_stops_at_max_width_and_the_rest_goes_to_the_other_growing_children()
    {
        // Flexbox freezes the first child at 100 and gives the remaining 500 px to the second.
        var row = fonts.Lay("""<row><shape grow="1" max-width="100"/><shape grow="1"/></row>""", 600, 100);

        BoundsAssert.Equal(0, 0, 100, 100, row.At(0));
        BoundsAssert.Equal(100, 0, 500, 100, row.At(1));
    }

    [Fact]
    public void Basis_is_clamped_by_min_and_max_width()
    {
        var row = fonts.Lay("""<row><shape basis="50" min-width="100"/><shape basis="300" max-width="150"/></row>""", 1000, 100);

        BoundsAssert.Equal(0, 0, 100, 100, row.At(0));
        BoundsAssert.Equal(100, 0, 150, 100, row.At(1));
    }

    [Fact]
    public void Aspect_ratio_gives_the_height_from_a_declared_width()
    {
        var column = fonts.Lay("""<column align="start"><shape width="200" aspect-ratio="2"/><shape width="160" aspect-ratio="16/9"/></column>""", 400, 1000);

        BoundsAssert.Equal(0, 0, 200, 100, column.At(0));
        BoundsAssert.Equal(0, 100, 160, 90, column.At(1));
    }

    [Fact]
    public void Aspect_ratio_gives_the_width_from_a_declared_height()
    {
        var column = fonts.Lay("""<column align="start"><shape height="90" aspect-ratio="16/9"/><row><shape height="100" aspect-ratio="1.5"/><shape width="10"/></row></column>""", 400, 1000);

        BoundsAssert.Equal(0, 0, 160, 90, column.At(0));
        BoundsAssert.Equal(0, 90, 150, 100, column.At(1, 0));
        Assert.Equal(150, column.At(1, 1).Bounds.X, BoundsAssert.Tolerance);
    }

    [Fact]
    public void Aspect_ratio_alone_takes_the_column_width_and_the_height_from_it()
    {
        var column = fonts.Lay("""<column><shape aspect-ratio="2"/></column>""", 400, 1000);

        BoundsAssert.Equal(0, 0, 400, 200, column.At(0));
    }

    [Fact]
    public void Image_height_follows_its_intrinsic_aspect_ratio_when_only_the_width_is_known()
    {
        var column = fonts.Lay($"""<column align="start"><image src="{FixedImageSizes.Photo}" width="200"/><image src="{FixedImageSizes.Banner}" width="50%"/></column>""", 400, 1000);

        BoundsAssert.Equal(0, 0, 200, 150, column.At(0));
        BoundsAssert.Equal(0, 150, 200, 50, column.At(1));
    }

    [Fact]
    public void Stretched_image_takes_the_column_width_and_keeps_its_proportions()
    {
        var column = fonts.Lay($"""<column padding="0 50"><image src="{FixedImageSizes.Banner}"/></column>""", 700, 1000);

        BoundsAssert.Equal(50, 0, 600, 150, column.At(0));
    }

    [Fact]
    public void Image_without_a_size_is_its_intrinsic_size_or_scaled_down_to_fit()
    {
        var wide = fonts.Lay($"""<column align="start"><image src="{FixedImageSizes.Photo}"/></column>""", 1000, 1000);
        var narrow = fonts.Lay($"""<column align="start"><image src="{FixedImageSizes.Photo}"/></column>""", 300, 1000);

        BoundsAssert.Equal(0, 0, 400, 300, wide.At(0));
        BoundsAssert.Equal(0, 0, 300, 225, narrow.At(0));
    }

    [Fact]
    public void Image_width_follows_its_intrinsic_aspect_ratio_when_only_the_height_is_known()
    {
        var row = fonts.Lay($"""<row align="center"><image src="{FixedImageSizes.Banner}" height="50"/><shape width="10"/></row>""", 1000, 100);

        BoundsAssert.Equal(0, 25, 200, 50, row.At(0));
    }
}
