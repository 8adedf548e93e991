using ContentKit.Layout.Charts;
using ContentKit.Tests.Layout;

namespace ContentKit.Tests.Charts;

public class HorizontalBarChartTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private const string Wisata = """
        <chart kind="horizontal-bar">
          <item label="Makam Bung Karno" value="512340"/>
          <item label="Perpustakaan Proklamator Bung Karno" value="187400"/>
          <item label="Museum PETA" value="21800"/>
        </chart>
        """;

    [Fact]
    public void Bar_lengths_are_proportional_to_values_from_one_zero_line()
    {
        var bars = fonts.ArrangeNatural(Wisata).Bars;

        Assert.All(bars, b => BoundsAssert.Near(bars[0].Rect.Left, b.Rect.Left, $"start of bar {b.Item}"));
        var perUnit = bars[0].Rect.Width / 512340f;
        BoundsAssert.Near(187400 * perUnit, bars[1].Rect.Width, "length of the 187.400 bar");
        BoundsAssert.Near(21800 * perUnit, bars[2].Rect.Width, "length of the 21.800 bar");
        Assert.All(bars, b => Assert.Equal(BarEnd.Right, b.Corners));
    }

    [Fact]
    public void Labels_are_in_a_left_column_of_at_most_forty_percent_and_long_ones_wrap()
    {
        var chart = fonts.ArrangeNatural(Wisata);
        var labels = chart.Categories().ToList();

        Assert.Equal(3, labels.Count);
        Assert.All(labels, l => Assert.Equal(chart.Box.Left, l.Rect.Left));
        Assert.All(labels, l => Assert.True(l.Rect.Width <= (chart.Box.Width * 0.4f) + 0.5f, $"{l.Text} is {l.Rect.Width} wide"));
        Assert.Equal(2, labels[1].Block.Lines.Length);
        Assert.All(chart.Bars, b => Assert.True(b.Rect.Left > labels.Max(l => l.Rect.Right), "bars start right of the labels"));
    }

    [Fact]
    public void Short_labels_make_a_column_as_wide_as_the_longest()
    {
        var chart = fonts.ArrangeNatural("""
            <chart kind="horizontal-bar">
              <item label="Sukorejo" value="3"/>
              <item label="Sananwetan" value="2"/>
            </chart>
            """);
        var widest = chart.Categories().Max(l => l.Block.Width);

        Assert.All(chart.Categories(), l => BoundsAssert.Near(widest, l.Rect.Width, $"column width at {l.Text}"));
        Assert.True(widest < chart.Box.Width * 0.3f);
    }

    [Fact]
    public void Values_are_written_just_past_the_end_of_their_bar()
    {
        var chart = fonts.ArrangeNatural(Wisata);

        foreach (var bar in chart.Bars)
        {
            var value = chart.Values().Single(l => l.Item == bar.Item);
            Assert.True(value.Rect.Left >= bar.Rect.Right, $"value {value.Text} starts past its bar");
            Assert.True(value.Rect.Left - bar.Rect.Right < 20, $"value {value.Text} is next to its bar");
            BoundsAssert.Near(bar.Rect.Top + (bar.Rect.Height / 2), value.Rect.Top + (value.Rect.Height / 2), $"value {value.Text} centred on its bar");
        }
    }

    [Fact]
    public void A_value_that_does_not_fit_past_its_bar_is_written_inside_its_end_in_white()
    {
        var chart = fonts.ArrangeNatural(
            """
            <chart kind="horizontal-bar" value-format="rupiah">
              <item label="Belanja pegawai" value="412500000"/>
              <item label="Modal" value="120000000"/>
            </chart>
            """,
            width: 600);
        var (longest, shortest) = (chart.Bars[0], chart.Bars[1]);
        var inside = chart.Values().Single(l => l.Item == 0);
        var outside = chart.Values().Single(l => l.Item == 1);

        Assert.Equal("Rp 412.500.000", inside.Text);
        Assert.True(longest.Rect.Contains(inside.Rect), $"{inside.Rect} is inside {longest.Rect}");
        Assert.Equal(Rgba.White, inside.Style.Color);
        Assert.True(outside.Rect.Left >= shortest.Rect.Right);
    }

    [Fact]
    public void Values_that_fit_nowhere_even_shrunk_are_all_left_out_rather_than_cut()
    {
        var chart = fonts.ArrangeNatural(
            """
            <chart kind="horizontal-bar" value-format="rupiah" label-size="28">
              <item label="Belanja pegawai" value="412500000"/>
              <item label="Modal" value="120000000"/>
            </chart>
            """,
            width: 300);

        Assert.Empty(chart.Values());
        Assert.Equal(2, chart.Bars.Length);
    }

    [Fact]
    public void Values_shrink_alike_before_they_are_left_out()
    {
        var chart = fonts.ArrangeNatural(Wisata, width: 420);
        var sizes = chart.Values().Select(l => l.Block.Size).Distinct().ToList();

        Assert.Equal(3, chart.Values().Count());
        Assert.Single(sizes);
        Assert.All(chart.Values(), l => Assert.False(l.Block.HiddenCharacters > 0, $"{l.Text} is cut"));
    }

    [Fact]
    public void Rows_share_the_height_they_are_given()
    {
        var chart = fonts.Arrange(Wisata, new System.Drawing.RectangleF(0, 0, 900, 600));
        var centres = chart.Bars.Select(b => b.Rect.Top + (b.Rect.Height / 2)).ToList();

        BoundsAssert.Near(100, centres[0], "first row centre");
        BoundsAssert.Near(300, centres[1], "second row centre");
        BoundsAssert.Near(500, centres[2], "third row centre");
    }
}
