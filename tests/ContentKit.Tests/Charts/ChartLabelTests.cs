using System.Drawing;
using ContentKit.Layout.Charts;
using ContentKit.Tests.Layout;

namespace ContentKit.Tests.Charts;

public class ChartLabelTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    public static TheoryData<string, string> Examples => ChartGalleryTests.Examples;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Labels_stay_inside_the_chart_box(string kind, string markup)
    {
        foreach (var box in new[] { new RectangleF(60, 100, 960, 600), new RectangleF(40, 40, 420, 380), new RectangleF(0, 0, 1000, 260) })
        {
            var chart = fonts.Arrange(markup, box);
            Assert.All(chart.Labels, l => Assert.True(
                Inside(l.Rect, box),
                $"{kind} in {box}: \"{l.Text}\" at {l.Rect} is outside the box"));
            Assert.All(chart.Labels, l => Assert.True(
                l.Block.Width <= l.Rect.Width + 0.5f,
                $"{kind} in {box}: \"{l.Text}\" is {l.Block.Width} wide in a {l.Rect.Width} box"));
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Marks_stay_inside_the_chart_box(string kind, string markup)
    {
        foreach (var box in new[] { new RectangleF(60, 100, 960, 600), new RectangleF(40, 40, 420, 380) })
        {
            MarksInside(kind, fonts.Arrange(markup, box), box);
        }
    }

    [Theory]
    [InlineData("number", 0, 45210, "45.210")]
    [InlineData("number", 0, 1234567.4, "1.234.567")]
    [InlineData("number", 1, 1234.56, "1.234,6")]
    [InlineData("percent", 1, 87.5, "87,5%")]
    [InlineData("percent", 0, 87.5, "88%")]
    [InlineData("rupiah", 0, 1250000, "Rp 1.250.000")]
    [InlineData("rupiah-short", 0, 443860000000, "Rp 443,86 miliar")]
    [InlineData("rupiah-short", 0, 950000000, "Rp 950 juta")]
    public void Value_labels_are_written_the_Indonesian_way(string format, int decimals, double value, string expected)
    {
        var chart = fonts.Arrange($"""
            <chart kind="bar" value-format="{format}" decimals="{decimals}">
              <item label="Kota Blitar" value="{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"/>
            </chart>
            """);

        Assert.Equal(expected, Assert.Single(chart.Values()).Text);
    }

    [Theory]
    [InlineData("bar")]
    [InlineData("horizontal-bar")]
    [InlineData("line")]
    [InlineData("area")]
    [InlineData("donut")]
    [InlineData("pie")]
    [InlineData("progress")]
    [InlineData("ring")]
    [InlineData("pictogram")]
    public void A_chart_without_items_takes_no_height_and_draws_nothing(string kind)
    {
        var chart = ChartMarkup.Read($"""<chart kind="{kind}" icon="user"/>""");

        Assert.Equal(0, ChartLayout.PreferredHeight(chart, 960, fonts.Text));
        Assert.True(ChartLayout.Arrange(chart, ChartMarkup.Box, fonts.Text).IsEmpty);
    }

    [Theory]
    [InlineData("bar")]
    [InlineData("horizontal-bar")]
    [InlineData("line")]
    [InlineData("donut")]
    [InlineData("progress")]
    [InlineData("ring")]
    [InlineData("pictogram")]
    public void Values_can_be_left_out(string kind)
    {
        var chart = fonts.ArrangeNatural($"""
            <chart kind="{kind}" values="false">
              <item label="Sananwetan" value="45210"/>
              <item label="Sukorejo" value="64120"/>
            </chart>
            """);

        Assert.Empty(chart.Values());
        Assert.Equal(2, chart.Categories().Count());
    }

    [Theory]
    [InlineData("bar")]
    [InlineData("horizontal-bar")]
    [InlineData("line")]
    [InlineData("donut")]
    [InlineData("progress")]
    [InlineData("ring")]
    [InlineData("pictogram")]
    public void Labels_use_the_chart_s_label_size_colour_and_font(string kind)
    {
        var chart = fonts.ArrangeNatural($"""
            <chart kind="{kind}" label-size="30" label-color="#123047" font="Inter">
              <item label="Sananwetan" value="45"/>
              <item label="Sukorejo" value="64"/>
            </chart>
            """);

        Assert.All(chart.Categories(), l => Assert.Equal((30f, "#123047", "Inter"), (l.Style.Size, l.Style.Color.ToString(), l.Style.Family)));
    }

    [Fact]
    public void Labels_side_by_side_share_one_size_when_one_must_shrink()
    {
        var chart = fonts.Arrange("""
            <chart kind="bar">
              <item label="Jan" value="1"/>
              <item label="Feb" value="2"/>
              <item label="September" value="3"/>
              <item label="Okt" value="4"/>
              <item label="Nov" value="5"/>
              <item label="Des" value="6"/>
            </chart>
            """, new RectangleF(0, 0, 480, 300));
        var sizes = chart.Categories().Select(l => l.Block.Size).Distinct().ToList();

        Assert.Single(sizes);
        Assert.True(sizes[0] < 24, $"the labels shrank to fit, to {sizes[0]}");
        Assert.All(chart.Categories(), l => Assert.Equal(0, l.Block.BrokenWords));
    }

    private static void MarksInside(string kind, ChartGeometry chart, RectangleF box)
    {
        Assert.All(chart.Bars, b => Assert.True(Inside(b.Rect, box), $"{kind}: bar {b.Rect}"));
        Assert.All(chart.Tracks, t => Assert.True(Inside(t.Track, box), $"{kind}: track {t.Track}"));
        Assert.All(chart.Cells, c => Assert.True(Inside(c.Rect, box), $"{kind}: icon {c.Rect}"));
        Assert.All(chart.Swatches, s => Assert.True(Inside(s.Rect, box), $"{kind}: legend dot {s.Rect}"));
        Assert.All(chart.Arcs, a => Assert.True(
            Inside(RectangleF.FromLTRB(a.Centre.X - a.OuterRadius, a.Centre.Y - a.OuterRadius, a.Centre.X + a.OuterRadius, a.Centre.Y + a.OuterRadius), box),
            $"{kind}: arc at {a.Centre} r{a.OuterRadius}"));
        Assert.All(chart.Lines.SelectMany(l => l.Points), p => Assert.True(box.Contains(p), $"{kind}: point {p}"));
    }

    private static bool Inside(RectangleF inner, RectangleF outer) =>
        inner.Left >= outer.Left - 0.5f && inner.Top >= outer.Top - 0.5f && inner.Right <= outer.Right + 0.5f && inner.Bottom <= outer.Bottom + 0.5f;
}
