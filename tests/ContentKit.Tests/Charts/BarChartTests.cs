using ContentKit.Layout.Charts;
using ContentKit.Tests.Layout;

namespace ContentKit.Tests.Charts;

public class BarChartTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private const string Kecamatan = """
        <chart kind="bar">
          <item label="Sananwetan" value="45210"/>
          <item label="Kepanjenkidul" value="38950"/>
          <item label="Sukorejo" value="64120"/>
        </chart>
        """;

    [Fact]
    public void Bar_heights_are_proportional_to_values_and_start_at_one_zero_baseline()
    {
        var bars = fonts.Arrange(Kecamatan).Bars;

        Assert.Equal(3, bars.Length);
        Assert.All(bars, b => BoundsAssert.Near(bars[0].Rect.Bottom, b.Rect.Bottom, $"bottom of bar {b.Item}"));
        var perUnit = bars[2].Rect.Height / 64120f;
        BoundsAssert.Near(45210 * perUnit, bars[0].Rect.Height, "height of the 45.210 bar");
        BoundsAssert.Near(38950 * perUnit, bars[1].Rect.Height, "height of the 38.950 bar");
    }

    [Fact]
    public void A_value_twice_as_big_gives_a_bar_twice_as_tall()
    {
        var bars = fonts.Arrange("""
            <chart kind="bar">
              <item label="Sukorejo" value="20000"/>
              <item label="Sananwetan" value="40000"/>
            </chart>
            """).Bars;

        BoundsAssert.Near(2 * bars[0].Rect.Height, bars[1].Rect.Height, "height of the bar twice as big");
    }

    [Fact]
    public void The_largest_value_fills_the_plot_and_the_baseline_sits_under_the_bars()
    {
        var chart = fonts.Arrange(Kecamatan);
        var rule = Assert.Single(chart.Rules);

        BoundsAssert.Near(chart.Bars[0].Rect.Bottom, rule.From.Y, "baseline");
        Assert.Equal(chart.Box.Left, rule.From.X);
        Assert.Equal(chart.Box.Right, rule.To.X);
        var tallest = chart.Bars.Max(b => b.Rect.Height);
        var valueLabel = chart.Values().Single(l => l.Item == 2);
        Assert.True(valueLabel.Rect.Bottom <= chart.Bars[2].Rect.Top, "the value sits above its bar");
        Assert.True(tallest > chart.Box.Height / 2, $"the tallest bar uses most of the height, was {tallest}");
    }

    [Fact]
    public void Bars_are_sixty_percent_of_their_slot_wide_centred_in_it_with_rounded_tops()
    {
        var chart = fonts.Arrange(Kecamatan);
        var slot = chart.Box.Width / 3;

        for (var i = 0; i < 3; i++)
        {
            var bar = chart.Bars[i];
            BoundsAssert.Near(slot * 0.6f, bar.Rect.Width, $"width of bar {i}");
            BoundsAssert.Near(chart.Box.Left + ((i + 0.5f) * slot), bar.Rect.Left + (bar.Rect.Width / 2), $"centre of bar {i}");
            Assert.Equal(BarEnd.Top, bar.Corners);
            Assert.True(bar.Radius > 0);
        }
    }

    [Fact]
    public void Item_labels_sit_under_their_bars_and_values_above()
    {
        var chart = fonts.Arrange(Kecamatan);

        foreach (var bar in chart.Bars)
        {
            var label = chart.Categories().Single(l => l.Item == bar.Item);
            var value = chart.Values().Single(l => l.Item == bar.Item);
            Assert.True(label.Rect.Top >= bar.Rect.Bottom, $"label of bar {bar.Item} is under it");
            Assert.True(value.Rect.Bottom <= bar.Rect.Top, $"value of bar {bar.Item} is above it");
            BoundsAssert.Near(bar.Rect.Left + (bar.Rect.Width / 2), label.Rect.Left + (label.Rect.Width / 2), $"label {bar.Item} centred under its bar");
        }

        Assert.Equal(["Sananwetan", "Kepanjenkidul", "Sukorejo"], chart.Categories().Select(l => l.Text));
    }

    [Fact]
    public void Negative_values_extend_below_the_baseline_with_their_value_under_them()
    {
        var chart = fonts.Arrange("""
            <chart kind="bar" value-format="percent" decimals="1">
              <item label="2020" value="-2.5"/>
              <item label="2021" value="5"/>
            </chart>
            """);
        var (negative, positive) = (chart.Bars[0], chart.Bars[1]);
        var zero = chart.Rules[0].From.Y;

        BoundsAssert.Near(zero, negative.Rect.Top, "top of the negative bar");
        BoundsAssert.Near(zero, positive.Rect.Bottom, "bottom of the positive bar");
        BoundsAssert.Near(positive.Rect.Height / 2, negative.Rect.Height, "a value half as big below zero");
        Assert.Equal(BarEnd.Bottom, negative.Corners);
        var value = chart.Values().Single(l => l.Item == 0);
        Assert.Equal("-2,5%", value.Text);
        Assert.True(value.Rect.Top >= negative.Rect.Bottom, "the negative value is written under its bar");
        Assert.True(chart.Categories().All(l => l.Rect.Top >= value.Rect.Bottom), "item labels stay under the negative value");
    }

    [Fact]
    public void Max_is_the_full_height_and_a_larger_value_stops_at_the_top()
    {
        var chart = fonts.Arrange("""
            <chart kind="bar" max="100">
              <item label="A" value="50"/>
              <item label="B" value="100"/>
              <item label="C" value="130"/>
            </chart>
            """);

        BoundsAssert.Near(chart.Bars[1].Rect.Height / 2, chart.Bars[0].Rect.Height, "half of max");
        BoundsAssert.Near(chart.Bars[1].Rect.Height, chart.Bars[2].Rect.Height, "over max");
        Assert.Equal("130", chart.Values().Single(l => l.Item == 2).Text);
    }

    [Fact]
    public void All_zero_values_give_bars_of_zero_height_on_the_baseline()
    {
        var chart = fonts.Arrange("""
            <chart kind="bar">
              <item label="A" value="0"/>
              <item label="B" value="0"/>
            </chart>
            """);

        Assert.All(chart.Bars, b => Assert.Equal(0, b.Rect.Height));
        Assert.All(chart.Bars, b => Assert.False(float.IsNaN(b.Rect.Top)));
        Assert.Equal(["0", "0"], chart.Values().Select(l => l.Text));
    }

    private const string Months = """
        <chart kind="bar" value-format="rupiah-short">
          <item label="Jan" value="21400000000"/>
          <item label="Feb" value="18250000000"/>
          <item label="Mar" value="24900000000"/>
          <item label="Apr" value="19100000000"/>
          <item label="Mei" value="22760000000"/>
          <item label="Jun" value="26310000000"/>
          <item label="Jul" value="23040000000"/>
          <item label="Agu" value="27500000000"/>
          <item label="Sep" value="20100000000"/>
          <item label="Okt" value="25800000000"/>
          <item label="Nov" value="24200000000"/>
          <item label="Des" value="31900000000"/>
        </chart>
        """;

    [Fact]
    public void Values_too_wide_for_their_slots_wrap_to_two_lines_at_one_size()
    {
        var chart = fonts.Arrange(Months);
        var values = chart.Values().ToList();

        Assert.Equal(12, values.Count);
        Assert.Single(values.Select(l => l.Block.Size).Distinct());
        Assert.All(values, l => Assert.Equal(2, l.Block.Lines.Length));
        Assert.All(values, l => Assert.Equal(0, l.Block.HiddenCharacters + l.Block.BrokenWords));
        Assert.All(values, l => Assert.True(l.Rect.Bottom <= chart.Bars[l.Item!.Value].Rect.Top, $"{l.Text} above its bar"));
    }

    [Fact]
    public void Values_that_cannot_be_written_whole_are_all_left_out()
    {
        var chart = fonts.ArrangeNatural(Months, width: 300);

        Assert.Empty(chart.Values());
        Assert.Equal(12, chart.Bars.Length);
        Assert.Equal(12, chart.Categories().Count());
    }

    [Fact]
    public void Bars_are_the_palette_s_first_colour_unless_an_item_has_its_own()
    {
        var chart = fonts.Arrange("""
            <chart kind="bar" palette="#123047, #F2B705">
              <item label="A" value="1"/>
              <item label="B" value="2"/>
              <item label="C" value="3" color="#F2B705"/>
            </chart>
            """);

        Assert.Equal(["#123047", "#123047", "#F2B705"], chart.Bars.Select(b => b.Color.ToString()));
    }
}
