using System.Drawing;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Charts;

/// <summary>
/// One progress bar per item, stacked: the label on the left and the value on the right above a rounded
/// track, filled from the left to value ÷ <c>max</c> (100 unless given). Negative values fill nothing,
/// values over <c>max</c> fill the whole track.
/// </summary>
internal static class ProgressChartLayout
{
    public const double DefaultMax = 100;

    public static float PreferredHeight(ChartElement chart, ChartText text) =>
        (chart.Items.Length * RowHeight(chart, text)) + ((chart.Items.Length - 1) * RowGap(text));

    public static ChartGeometry Arrange(ChartElement chart, RectangleF box, ChartText text)
    {
        var count = chart.Items.Length;
        var row = RowHeight(chart, text);
        // Spare height spreads the rows apart (up to twice their gap); the rest is shared above and below.
        var gap = count > 1 ? Math.Clamp((box.Height - (count * row)) / (count - 1), 0, 2 * RowGap(text)) : 0;
        var pitch = count > 1 ? Math.Min(row + gap, box.Height / count) : row;
        var top = box.Top + Math.Max(0, (box.Height - (((count - 1) * pitch) + row)) / 2);
        var max = chart.Max ?? DefaultMax;
        var thickness = Math.Min(Thickness(chart, text), pitch);

        var tracks = new List<ChartTrack>();
        var labels = new List<ChartLabel>();
        for (var i = 0; i < count; i++)
        {
            var item = chart.Items[i];
            var y = top + (i * pitch);
            var value = chart.ShowValues ? ChartValues.Format(chart, item.Value) : "";
            var valueStyle = text.Value(TextAlign.Right);
            var valueWidth = value.Length > 0 ? Math.Min(text.Width(value, valueStyle), box.Width / 2) : 0;
            if (valueWidth > 0)
            {
                var block = text.Break(value, valueStyle, valueWidth);
                labels.Add(ChartText.Place(value, block, valueStyle, new RectangleF(box.Right - valueWidth, y, valueWidth, block.Height), box, ChartLabelRole.Value, i));
            }

            if (item.Label.Length > 0)
            {
                var style = text.Category(TextAlign.Left, 1);
                var width = box.Width - (valueWidth > 0 ? valueWidth + text.Gap : 0);
                var block = text.Break(item.Label, style, width);
                labels.Add(ChartText.Place(item.Label, block, style, new RectangleF(box.Left, y, width, block.Height), box, ChartLabelRole.Category, i));
            }

            var trackTop = Math.Min(y + Head(text), box.Bottom - thickness);
            var track = new RectangleF(box.Left, trackTop, box.Width, thickness);
            var fill = track with { Width = (float)(track.Width * ChartValues.Fraction(item.Value, max)) };
            tracks.Add(new ChartTrack(track, fill, chart.Track, ChartValues.ColorOf(chart, i), i));
        }

        return new ChartGeometry(box) { Tracks = [.. tracks], Labels = [.. labels] };
    }

    private static float Thickness(ChartElement chart, ChartText text) => chart.Thickness ?? text.Size * 0.75f;

    /// <summary>The label line and the space under it.</summary>
    private static float Head(ChartText text) => text.ValueHeight + (text.Gap * 0.6f);

    private static float RowHeight(ChartElement chart, ChartText text) => Head(text) + Thickness(chart, text);

    private static float RowGap(ChartText text) => text.Size * 1.1f;
}
