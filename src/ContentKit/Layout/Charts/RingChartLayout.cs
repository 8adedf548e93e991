using System.Drawing;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Charts;

/// <summary>
/// One ring per item side by side: a circular track filled clockwise from 12 o'clock to value ÷ <c>max</c>
/// (100 unless given) with round ends, the value in the middle and the label under the ring.
/// </summary>
internal static class RingChartLayout
{
    private const float CellShare = 0.78f;

    /// <summary>A lone ring is not drawn wider than this share of the width.</summary>
    private const float LargestShare = 0.42f;

    private const float RingShare = 0.13f;

    public static float PreferredHeight(ChartElement chart, float width, ChartText text)
    {
        var cell = width / chart.Items.Length;
        return Math.Min(cell * CellShare, width * LargestShare) + text.Gap + LabelHeight(chart, cell, text);
    }

    public static ChartGeometry Arrange(ChartElement chart, RectangleF box, ChartText text)
    {
        var cell = box.Width / chart.Items.Length;
        var labelHeight = LabelHeight(chart, cell, text);
        var diameter = Math.Max(0, Math.Min(Math.Min(cell * CellShare, box.Width * LargestShare), box.Height - text.Gap - labelHeight));
        var top = box.Top + Math.Max(0, (box.Height - (diameter + text.Gap + labelHeight)) / 2);
        var radius = diameter / 2;
        var ring = Math.Min(chart.Thickness ?? diameter * RingShare, radius);
        var max = chart.Max ?? ProgressChartLayout.DefaultMax;

        var arcs = new List<ChartArc>();
        var labels = new List<ChartLabel>();
        for (var i = 0; i < chart.Items.Length; i++)
        {
            var item = chart.Items[i];
            var centre = new PointF(box.Left + ((i + 0.5f) * cell), top + radius);
            arcs.Add(new ChartArc(centre, radius, radius - ring, -90, 360, chart.Track, null));
            var sweep = (float)(360 * ChartValues.Fraction(item.Value, max));
            if (sweep > 0)
            {
                arcs.Add(new ChartArc(centre, radius, radius - ring, -90, sweep, ChartValues.ColorOf(chart, i), i, RoundCaps: true));
            }

            var hole = (radius - ring) * 2 * 0.8f;
            if (chart.ShowValues && hole > text.Size)
            {
                var value = ChartValues.Format(chart, item.Value);
                var style = text.Style(Math.Min(text.Size * 1.6f, hole * 0.34f), 800, TextAlign.Center, chart.LabelColor, 1);
                var block = text.Break(value, style, hole);
                labels.Add(ChartText.Place(value, block, style, new RectangleF(centre.X - (hole / 2), centre.Y - (block.Height / 2), hole, block.Height), box, ChartLabelRole.Value, i));
            }

            if (item.Label.Length > 0)
            {
                var style = text.Category(TextAlign.Center);
                var block = text.Break(item.Label, style, cell - text.Gap);
                var rect = new RectangleF(centre.X - ((cell - text.Gap) / 2), top + diameter + text.Gap, cell - text.Gap, block.Height);
                labels.Add(ChartText.Place(item.Label, block, style, rect, box, ChartLabelRole.Category, i));
            }
        }

        return new ChartGeometry(box) { Arcs = [.. arcs], Labels = [.. labels] };
    }

    private static float LabelHeight(ChartElement chart, float cell, ChartText text)
    {
        var style = text.Category(TextAlign.Center);
        return chart.Items.Where(i => i.Label.Length > 0).Select(i => text.Break(i.Label, style, cell - text.Gap).Height).DefaultIfEmpty(0).Max();
    }
}
