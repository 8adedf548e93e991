using System.Drawing;
using ContentKit.Layout.Elements;

namespace ContentKit.Layout.Charts;

/// <summary>
/// A line through the values, one point per item evenly spaced, on a zero-based scale; item labels under
/// the plot. A value is written above its point, clear of the line on either side, or under it at a dip
/// (and for negative values). An area chart fills between the line and zero, translucent.
/// </summary>
internal static class LineChartLayout
{
    private const float Aspect = 0.56f;
    private const float AreaOpacity = 0.32f;

    public static float PreferredHeight(float width) => width * Aspect;

    public static ChartGeometry Arrange(ChartElement chart, RectangleF box, ChartText text)
    {
        var width = chart.Thickness ?? Math.Max(3, text.Size / 5);
        var marker = width * 1.6f;
        var frame = new CategoryFrame(chart, box, text, marker);
        var points = chart.Items.Select((item, i) => new PointF(frame.SlotCentre(i), frame.Y(item.Value))).ToList();
        var color = ChartValues.SeriesColor(chart, null);
        var values = frame.HasValues ? points.Select((_, i) => Value(chart, text, frame, points, i, marker)).ToList() : [];

        return new ChartGeometry(box)
        {
            Areas = chart.Kind == ChartKind.Area ? [new ChartArea([.. points], frame.ZeroY, color.WithAlpha(AreaOpacity))] : [],
            Rules = [frame.Baseline],
            Lines = [new ChartLine([.. points], width, color, marker)],
            Labels = [.. frame.Labels, .. values],
        };
    }

    private static ChartLabel Value(ChartElement chart, ChartText text, CategoryFrame frame, List<PointF> points, int item, float marker)
    {
        var value = chart.Items[item].Value;
        var point = points[item];
        var size = frame.ValueLabelSize(item);
        var half = size.Width / 2;
        var (highest, lowest) = Extent(points, point.X - half, point.X + half);
        var dip = Neighbours(item, points.Count).All(n => chart.Items[n].Value > value);
        var roomBelow = lowest + marker + text.Gap + size.Height <= frame.ZeroY;
        return value < 0 || (dip && roomBelow)
            ? frame.Value(item, Math.Max(point.Y + marker, lowest + (marker / 2)), below: true)
            : frame.Value(item, Math.Min(point.Y - marker, highest - (marker / 2)), below: false);
    }

    private static IEnumerable<int> Neighbours(int item, int count) =>
        new[] { item - 1, item + 1 }.Where(n => n >= 0 && n < count);

    /// <summary>The highest and lowest y the line reaches between two x positions (screen y: highest is smallest).</summary>
    private static (float Highest, float Lowest) Extent(List<PointF> points, float from, float to)
    {
        var ys = points.Where(p => p.X >= from && p.X <= to).Select(p => p.Y)
            .Concat([At(points, from), At(points, to)])
            .Where(y => !float.IsNaN(y))
            .ToList();
        return (ys.Min(), ys.Max());
    }

    /// <summary>The line's y at <paramref name="x"/>; NaN outside the line.</summary>
    private static float At(List<PointF> points, float x)
    {
        for (var i = 1; i < points.Count; i++)
        {
            var (a, b) = (points[i - 1], points[i]);
            if (x >= a.X && x <= b.X)
            {
                return a.Y + ((b.Y - a.Y) * (x - a.X) / (b.X - a.X));
            }
        }

        return float.NaN;
    }
}
