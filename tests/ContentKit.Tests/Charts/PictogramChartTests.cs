using ContentKit.Tests.Layout;

namespace ContentKit.Tests.Charts;

public class PictogramChartTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    [Theory]
    [InlineData("max=\"10\"", 7, 10, 7)]
    [InlineData("max=\"10\"", 8.6, 10, 9)]
    [InlineData("max=\"10\"", 8.4, 10, 8)]
    [InlineData("max=\"5\"", 3, 5, 3)]
    [InlineData("value-format=\"percent\"", 68, 100, 68)]
    [InlineData("max=\"250000\"", 45210, 10, 2)]
    public void Filled_icons_are_value_over_max_times_the_icons_rounded(string attributes, double value, int cells, int filled)
    {
        var chart = fonts.ArrangeNatural($"""
            <chart kind="pictogram" icon="user" {attributes}>
              <item label="Warga" value="{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"/>
            </chart>
            """);

        Assert.Equal(cells, chart.Cells.Length);
        Assert.Equal(filled, chart.Cells.Count(c => c.Filled));
        Assert.All(chart.Cells.Take(filled), c => Assert.True(c.Filled, "the filled icons come first"));
        Assert.All(chart.Cells, c => Assert.Equal("user", c.Icon));
        Assert.All(chart.Cells, c => Assert.Equal(c.Filled ? "#0E5E4A" : "#D9DED8", c.Color.ToString()));
    }

    [Fact]
    public void Icons_run_ten_to_a_row_under_the_label_and_value()
    {
        var chart = fonts.ArrangeNatural("""
            <chart kind="pictogram" icon="user" value-format="percent">
              <item label="Warga usia produktif" value="68"/>
            </chart>
            """);
        var rows = chart.Cells.GroupBy(c => c.Rect.Top).ToList();

        Assert.Equal(10, rows.Count);
        Assert.All(rows, r => Assert.Equal(10, r.Count()));
        Assert.All(chart.Cells, c => BoundsAssert.Near(chart.Cells[0].Rect.Width, c.Rect.Height, "square icons"));
        Assert.All(chart.Labels, l => Assert.True(l.Rect.Bottom <= chart.Cells.Min(c => c.Rect.Top), $"{l.Text} above the icons"));
        Assert.Equal(["68%"], chart.Values().Select(l => l.Text));
    }

    [Fact]
    public void Fewer_icons_than_ten_make_one_short_row_and_the_largest_value_is_the_default_max()
    {
        var chart = fonts.ArrangeNatural("""
            <chart kind="pictogram">
              <item label="Puskesmas" value="3"/>
              <item label="Rumah sakit" value="5"/>
            </chart>
            """);

        Assert.Equal(10, chart.Cells.Length);
        Assert.Equal([3, 5], chart.Cells.GroupBy(c => c.Item).Select(g => g.Count(c => c.Filled)));
        Assert.All(chart.Cells.GroupBy(c => c.Item), g => Assert.Single(g.GroupBy(c => c.Rect.Top)));
        Assert.All(chart.Cells, c => Assert.Null(c.Icon));
    }
}
