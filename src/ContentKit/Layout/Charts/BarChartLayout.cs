using System.Drawing;
using ContentKit.Layout.Elements;

namespace ContentKit.Layout.Charts;

/// <summary>
/// Vertical bars in the palette's first colour (or the item's own) from a zero baseline, 60% of their slot
/// wide, with rounded value ends; values above the bars, item labels under them. Negative values extend
/// below the baseline, their values under them.
/// </summary>
internal static class BarChartLayout
{
    private const float BarShare = 0.6f;

    /// <summary>Width to height of a bar chart nobody sized: a little wider than 16:10.</summary>
    private const float Aspect = 0.62f;

    public static float PreferredHeight(float width) => width * Aspect;

    public static ChartGeometry Arrange(ChartElement chart, RectangleF box, ChartText text)
    {
        var frame = new CategoryFrame(chart, box, text, 0);
        var barWidth = frame.SlotWidth * BarShare;
        var radius = Math.Min(barWidth / 4, text.Size / 2);
        var bars = new List<ChartBar>();
        var values = new List<ChartLabel>();
        for (var i = 0; i < chart.Items.Length; i++)
        {
            var value = chart.Items[i].Value;
            var end = frame.Y(value);
            var rect = RectangleF.FromLTRB(frame.SlotCentre(i) - (barWidth / 2), Math.Min(end, frame.ZeroY), frame.SlotCentre(i) + (barWidth / 2), Math.Max(end, frame.ZeroY));
            bars.Add(new ChartBar(rect, ChartValues.SeriesColor(chart, i), radius, value < 0 ? BarEnd.Bottom : BarEnd.Top, i));
            if (frame.HasValues)
            {
                values.Add(frame.Value(i, end, below: value < 0));
            }
        }

        return new ChartGeometry(box) { Bars = [.. bars], Rules = [frame.Baseline], Labels = [.. frame.Labels, .. values] };
    }
}
