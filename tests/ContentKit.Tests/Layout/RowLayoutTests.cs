namespace ContentKit.Tests.Layout;

/// <summary>A <c>row</c> places children left to right with flexbox rules: basis, grow, shrink, gap, align.</summary>
public class RowLayoutTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    [Fact]
    public void Row_places_children_left_to_right_with_the_gap_between_them_only()
    {
        var row = fonts.Lay("""<row gap="20"><shape width="100"/><shape width="200"/><shape width="50"/></row>""", 1000, 100);

        BoundsAssert.Equal(0, 0, 100, 100, row.At(0));
        BoundsAssert.Equal(120, 0, 200, 100, row.At(1));
        BoundsAssert.Equal(340, 0, 50, 100, row.At(2));
    }

    [Fact]
    public void Row_shares_free_space_by_grow_factors()
    {
        // Free space: 1000 - 300 - 2 × 10 = 680, shared 1 : 3 : 0.
        var row = fonts.Lay("""<row gap="10"><shape width="100" grow="1"/><shape width="100" grow="3"/><shape width="100"/></row>""", 1000, 100);

        BoundsAssert.Equal(0, 0, 270, 100, row.At(0));
        BoundsAssert.Equal(280, 0, 610, 100, row.At(1));
        BoundsAssert.Equal(900, 0, 100, 100, row.At(2));
    }

    [Fact]
    public void Row_takes_overflow_away_by_shrink_factors_weighted_by_size()
    {
        // Overflow 500, weights 600 × 1 : 600 × 2 : 300 × 0.
        var row = fonts.Lay("""<row><shape width="600"/><shape width="600" shrink="2"/><shape width="300" shrink="0"/></row>""", 1000, 100);

        BoundsAssert.Equal(0, 0, 433.33f, 100, row.At(0));
        BoundsAssert.Equal(433.33f, 0, 266.67f, 100, row.At(1));
        BoundsAssert.Equal(700, 0, 300, 100, row.At(2));
    }

    [Fact]
    public void Row_uses_basis_instead_of_width_before_sharing_free_space()
    {
        var row = fonts.Lay("""<row><shape basis="200" width="50" grow="1"/><shape basis="0" grow="1"/><shape basis="25%"/></row>""", 1000, 100);

        // Free space 1000 - 200 - 0 - 250 = 550, shared equally by the first two.
        BoundsAssert.Equal(0, 0, 475, 100, row.At(0));
        BoundsAssert.Equal(475, 0, 275, 100, row.At(1));
        BoundsAssert.Equal(750, 0, 250, 100, row.At(2));
    }

    [Fact]
    public void Row_without_grow_leaves_free_space_at_the_end()
    {
        var row = fonts.Lay("""<row><shape width="100"/><shape width="100"/></row>""", 1000, 100);

        Assert.Equal(200, row.Children.Max(c => c.Bounds.Right), BoundsAssert.Tolerance);
    }

    [Theory]
    [InlineData("start", 0)]
    [InlineData("center", 75)]
    [InlineData("end", 150)]
    public void Row_align_places_children_of_fixed_height_on_the_cross_axis(string align, float y)
    {
        var row = fonts.Lay($"""<row align="{align}"><shape width="100" height="50"/></row>""", 1000, 200);

        BoundsAssert.Equal(0, y, 100, 50, row.At(0));
    }

    [Fact]
    public void Row_align_stretch_gives_children_without_height_the_full_row_height()
    {
        var row = fonts.Lay("""<row padding="10"><shape width="100"/><text>Halo</text></row>""", 1000, 200);

        BoundsAssert.Equal(10, 10, 100, 180, row.At(0));
        Assert.Equal(180, row.At(1).Bounds.Height, BoundsAssert.Tolerance);
    }

    [Fact]
    public void Align_self_overrides_the_row_align_for_one_child()
    {
        var row = fonts.Lay("""<row align="start"><shape width="100" height="50" align-self="end"/><shape width="100" height="50"/><shape width="100" align-self="stretch"/></row>""", 1000, 200);

        BoundsAssert.Equal(0, 150, 100, 50, row.At(0));
        BoundsAssert.Equal(100, 0, 100, 50, row.At(1));
        BoundsAssert.Equal(200, 0, 100, 200, row.At(2));
    }

    [Fact]
    public void Auto_height_row_is_as_tall_as_its_tallest_child()
    {
        var column = fonts.Lay("""<column><row><shape width="100" height="40"/><shape width="100" height="90"/><shape width="100"/></row></column>""", 1000, 500);

        BoundsAssert.Equal(0, 0, 1000, 90, column.At(0));
        BoundsAssert.Equal(200, 0, 100, 90, column.At(0, 2));
    }

    [Fact]
    public void Text_in_a_row_takes_its_measured_width()
    {
        var row = fonts.Lay("""<row gap="10"><text>Halo</text><shape width="50"/></row>""", 1000, 100);

        var text = row.At(0);
        Assert.NotNull(text.Text);
        Assert.Equal(text.Text.Width, text.Bounds.Width, BoundsAssert.Tolerance);
        Assert.InRange(text.Bounds.Width, 1, 200);
        Assert.Equal(text.Bounds.Right + 10, row.At(1).Bounds.X, BoundsAssert.Tolerance);
    }
}
