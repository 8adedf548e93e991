using ContentKit.Layout;
using ContentKit.Layout.Charts;
using ContentKit.Tests.Layout;

namespace ContentKit.Tests.Charts;

public class PieChartTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private const string Penduduk = """
        <chart kind="{0}">
          <item label="Sananwetan" value="45210"/>
          <item label="Kepanjenkidul" value="38950"/>
          <item label="Sukorejo" value="64120"/>
        </chart>
        """;

    private const double Total = 45210 + 38950 + 64120;

    [Theory]
    [InlineData("donut")]
    [InlineData("pie")]
    public void Slice_sweeps_sum_to_360_and_are_proportional_to_the_values(string kind)
    {
        var arcs = fonts.ArrangeNatural(Penduduk.Replace("{0}", kind)).Arcs;

        Assert.Equal(3, arcs.Length);
        Assert.Equal(360, arcs.Sum(a => a.SweepAngle), 0.01);
        Assert.Equal(360 * 45210 / Total, arcs[0].SweepAngle, 0.01);
        Assert.Equal(360 * 38950 / Total, arcs[1].SweepAngle, 0.01);
        Assert.Equal(360 * 64120 / Total, arcs[2].SweepAngle, 0.01);
    }

    [Fact]
    public void Slices_start_at_twelve_o_clock_and_run_clockwise_in_palette_colours()
    {
        var arcs = fonts.ArrangeNatural(Penduduk.Replace("{0}", "pie")).Arcs;

        Assert.Equal(-90, arcs[0].StartAngle);
        Assert.Equal(arcs[0].StartAngle + arcs[0].SweepAngle, arcs[1].StartAngle, 0.01);
        Assert.Equal(arcs[1].StartAngle + arcs[1].SweepAngle, arcs[2].StartAngle, 0.01);
        Assert.Equal(["#0E5E4A", "#F2B705", "#123047"], arcs.Select(a => a.Color.ToString()));
        Assert.All(arcs, a => Assert.Equal(0, a.InnerRadius));
    }

    [Fact]
    public void A_donut_ring_is_28_percent_of_its_radius_unless_a_thickness_is_given()
    {
        var plain = fonts.ArrangeNatural(Penduduk.Replace("{0}", "donut")).Arcs[0];
        var thick = fonts.ArrangeNatural(Penduduk.Replace("{0}", "donut").Replace("<chart ", "<chart thickness=\"40\" ")).Arcs[0];

        BoundsAssert.Near(plain.OuterRadius * 0.28f, plain.OuterRadius - plain.InnerRadius, "ring width");
        BoundsAssert.Near(40, thick.OuterRadius - thick.InnerRadius, "ring width from thickness");
    }

    [Fact]
    public void A_donut_shows_its_total_in_the_hole()
    {
        var chart = fonts.ArrangeNatural(Penduduk.Replace("{0}", "donut"));
        var centre = chart.Labels.Where(l => l.Role == ChartLabelRole.Centre).ToList();
        var hole = chart.Arcs[0];

        Assert.Equal(["148.280", "Total"], centre.Select(l => l.Text));
        Assert.All(centre, l => Assert.True(Distance(hole.Centre, l.Rect) < hole.InnerRadius, $"{l.Text} is inside the hole"));
    }

    [Fact]
    public void A_donut_of_one_item_against_max_shows_its_percent_and_the_rest_as_track()
    {
        var chart = fonts.ArrangeNatural("""
            <chart kind="donut" max="100" value-format="percent" decimals="1">
              <item label="Realisasi APBD" value="87.5"/>
            </chart>
            """);

        Assert.Equal(2, chart.Arcs.Length);
        Assert.Equal(0.875 * 360, chart.Arcs[0].SweepAngle, 0.01);
        Assert.Null(chart.Arcs[1].Item);
        Assert.Equal(new Rgba(0xD9, 0xDE, 0xD8), chart.Arcs[1].Color);
        Assert.Equal(360, chart.Arcs.Sum(a => a.SweepAngle), 0.01);
        Assert.Equal(["87,5%", "Realisasi APBD"], chart.Labels.Where(l => l.Role == ChartLabelRole.Centre).Select(l => l.Text));
    }

    [Fact]
    public void All_zero_values_show_only_the_track()
    {
        var chart = fonts.ArrangeNatural("""
            <chart kind="donut">
              <item label="Sananwetan" value="0"/>
              <item label="Sukorejo" value="0"/>
            </chart>
            """);

        var track = Assert.Single(chart.Arcs);
        Assert.Null(track.Item);
        Assert.Equal(360, track.SweepAngle);
        Assert.DoesNotContain(chart.Labels, l => l.Role == ChartLabelRole.Centre);
    }

    [Fact]
    public void The_legend_has_a_dot_a_label_and_the_value_with_its_share_for_each_item()
    {
        var chart = fonts.ArrangeNatural(Penduduk.Replace("{0}", "donut"));

        Assert.Equal(["#0E5E4A", "#F2B705", "#123047"], chart.Swatches.Select(s => s.Color.ToString()));
        Assert.Equal(["Sananwetan", "Kepanjenkidul", "Sukorejo"], chart.Categories().Select(l => l.Text));
        Assert.Equal(["45.210 (30%)", "38.950 (26%)", "64.120 (43%)"], chart.Values().Select(l => l.Text));
        foreach (var swatch in chart.Swatches)
        {
            var label = chart.Categories().Single(l => l.Item == swatch.Item);
            Assert.True(label.Rect.Left > swatch.Rect.Right, "the label follows its dot");
        }
    }

    [Fact]
    public void The_legend_goes_under_a_square_chart_and_beside_a_wide_one()
    {
        var square = fonts.Arrange(Penduduk.Replace("{0}", "pie"), new System.Drawing.RectangleF(0, 0, 800, 800));
        var wide = fonts.Arrange(Penduduk.Replace("{0}", "pie"), new System.Drawing.RectangleF(0, 0, 1000, 420));

        var circle = square.Arcs[0];
        Assert.True(square.Swatches.All(s => s.Rect.Top > circle.Centre.Y + circle.OuterRadius), "legend under the circle");
        circle = wide.Arcs[0];
        Assert.True(wide.Swatches.All(s => s.Rect.Left > circle.Centre.X + circle.OuterRadius), "legend beside the circle");
        BoundsAssert.Near(210, circle.OuterRadius, "circle as tall as the box");
    }

    [Fact]
    public void A_narrow_legend_writes_each_value_under_its_label()
    {
        var chart = fonts.ArrangeNatural(Penduduk.Replace("{0}", "donut"), width: 300);

        foreach (var label in chart.Categories())
        {
            var value = chart.Values().Single(l => l.Item == label.Item);
            Assert.True(value.Rect.Top >= label.Rect.Bottom - 0.5f, $"{value.Text} under {label.Text}");
            Assert.Equal(label.Rect.Left, value.Rect.Left);
            Assert.Equal(0, value.Block.HiddenCharacters);
        }
    }

    [Fact]
    public void Pie_slices_wide_enough_carry_their_share()
    {
        var chart = fonts.ArrangeNatural(Penduduk.Replace("{0}", "pie"));
        var onSlices = chart.Values().Where(l => !l.Text.Contains('(', StringComparison.Ordinal)).ToList();

        Assert.Equal(["30%", "26%", "43%"], onSlices.Select(l => l.Text));
        Assert.Equal(Rgba.White, onSlices[0].Style.Color);
        Assert.NotEqual(Rgba.White, onSlices[1].Style.Color); // dark text on gold
    }

    [Fact]
    public void Items_past_the_palette_get_lighter_colours_not_the_first_again()
    {
        var chart = fonts.ArrangeNatural("""
            <chart kind="pie">
              <item label="A" value="5"/>
              <item label="B" value="4"/>
              <item label="C" value="3"/>
              <item label="D" value="2"/>
              <item label="E" value="1"/>
            </chart>
            """);

        Assert.Equal(5, chart.Arcs.Select(a => a.Color).Distinct().Count());
        Assert.True(chart.Arcs[4].Color.G > chart.Arcs[0].Color.G);
    }

    private static float Distance(System.Drawing.PointF centre, System.Drawing.RectangleF rect)
    {
        var corners = new[] { (rect.Left, rect.Top), (rect.Right, rect.Top), (rect.Left, rect.Bottom), (rect.Right, rect.Bottom) };
        return corners.Max(c => MathF.Sqrt(MathF.Pow(c.Item1 - centre.X, 2) + MathF.Pow(c.Item2 - centre.Y, 2)));
    }
}
