using ContentKit.Layout;
using ContentKit.Tests.Layout;

namespace ContentKit.Tests.Charts;

public class LineChartTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private const string Kunjungan = """
        <chart kind="{0}">
          <item label="Jan" value="12400"/>
          <item label="Feb" value="6200"/>
          <item label="Mar" value="24800"/>
          <item label="Apr" value="18600"/>
        </chart>
        """;

    [Fact]
    public void Points_are_evenly_spaced_on_a_zero_based_scale()
    {
        var chart = fonts.Arrange(Kunjungan.Replace("{0}", "line"));
        var line = Assert.Single(chart.Lines);
        var zero = chart.Rules[0].From.Y;
        var slot = chart.Box.Width / 4;

        for (var i = 0; i < 4; i++)
        {
            BoundsAssert.Near(chart.Box.Left + ((i + 0.5f) * slot), line.Points[i].X, $"x of point {i}");
        }

        var perUnit = (zero - line.Points[2].Y) / 24800f;
        BoundsAssert.Near(12400 * perUnit, zero - line.Points[0].Y, "height of 12.400");
        BoundsAssert.Near(6200 * perUnit, zero - line.Points[1].Y, "height of 6.200");
        BoundsAssert.Near(18600 * perUnit, zero - line.Points[3].Y, "height of 18.600");
        Assert.Empty(chart.Areas);
        Assert.Equal(new Rgba(0x0E, 0x5E, 0x4A), line.Color);
    }

    [Fact]
    public void Values_are_written_by_their_points_and_labels_under_the_plot()
    {
        var chart = fonts.Arrange(Kunjungan.Replace("{0}", "line"));
        var line = chart.Lines[0];

        Assert.Equal(["12.400", "6.200", "24.800", "18.600"], chart.Values().Select(l => l.Text));
        foreach (var value in chart.Values())
        {
            var point = line.Points[value.Item!.Value];
            BoundsAssert.Near(point.X, value.Rect.Left + (value.Rect.Width / 2), $"value {value.Text} centred on its point");
            Assert.False(value.Rect.Contains(point), $"value {value.Text} does not cover its point");
        }

        Assert.All(chart.Categories(), l => Assert.True(l.Rect.Top >= chart.Rules[0].From.Y, $"{l.Text} is under the plot"));
    }

    [Fact]
    public void Values_are_written_clear_of_the_line_under_a_dip_and_above_elsewhere()
    {
        var chart = fonts.Arrange(Kunjungan.Replace("{0}", "line"));
        var points = chart.Lines[0].Points;

        Assert.True(chart.Values().Single(l => l.Text == "6.200").Rect.Top > points[1].Y, "the dip's value is under its point");
        Assert.True(chart.Values().Single(l => l.Text == "24.800").Rect.Bottom < points[2].Y, "the peak's value is above its point");
        foreach (var value in chart.Values())
        {
            // The text's own extent, centred in its label box.
            var inset = (value.Rect.Width - value.Block.Width) / 2;
            var ys = Enumerable.Range(0, 60)
                .Select(step => value.Rect.Left + inset + (value.Block.Width * step / 59))
                .Select(x => LineY(points, x))
                .Where(y => !float.IsNaN(y))
                .ToList();
            var below = value.Rect.Top > points[value.Item!.Value].Y;
            Assert.True(
                below ? value.Rect.Top >= ys.Max() : value.Rect.Bottom <= ys.Min(),
                $"{value.Text} at {value.Rect} crosses the line between y {ys.Min()} and {ys.Max()}");
        }
    }

    [Fact]
    public void An_area_fills_down_to_zero_in_a_translucent_palette_colour()
    {
        var chart = fonts.Arrange(Kunjungan.Replace("{0}", "area"));
        var area = Assert.Single(chart.Areas);

        Assert.Equal(chart.Lines[0].Points.AsEnumerable(), area.Points.AsEnumerable());
        BoundsAssert.Near(chart.Rules[0].From.Y, area.BaselineY, "bottom of the area");
        Assert.Equal((0x0E, 0x5E, 0x4A), (area.Color.R, area.Color.G, area.Color.B));
        Assert.InRange(area.Color.A, 1, 254);
    }

    [Fact]
    public void Negative_values_go_below_zero()
    {
        var chart = fonts.Arrange("""
            <chart kind="line">
              <item label="2020" value="-10"/>
              <item label="2021" value="20"/>
            </chart>
            """);
        var zero = chart.Rules[0].From.Y;
        var points = chart.Lines[0].Points;

        BoundsAssert.Near(-(zero - points[1].Y) / 2, zero - points[0].Y, "height of -10");
    }

    private static float LineY(IReadOnlyList<System.Drawing.PointF> points, float x)
    {
        for (var i = 1; i < points.Count; i++)
        {
            if (x >= points[i - 1].X && x <= points[i].X)
            {
                return points[i - 1].Y + ((points[i].Y - points[i - 1].Y) * (x - points[i - 1].X) / (points[i].X - points[i - 1].X));
            }
        }

        return float.NaN;
    }
}
