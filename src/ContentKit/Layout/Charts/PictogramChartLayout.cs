using System.Drawing;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Charts;

/// <summary>
/// Per item a grid of icons, up to 10 a row, with the label and value above it; round(value ÷ max × cells)
/// icons are in the item's colour, the rest in the track colour. There is one icon per unit when max is a
/// whole number up to 100 (3 of 5, 87 of 100), else 10 icons of a tenth each. Max is <c>max</c>, else 100
/// for percentages, else the largest value.
/// </summary>
internal static class PictogramChartLayout
{
    private const int PerRow = 10;
    private const int MostCells = 100;
    private const float Inset = 0.08f;
    private const float GridHeight = 0.5f;

    public static float PreferredHeight(ChartElement chart, float width, ChartText text)
    {
        var (cells, _) = Cells(chart);
        var columns = Math.Min(PerRow, cells);
        var pitch = Pitch(width, columns, Rows(cells), text);
        return Stack(chart, text) + (chart.Items.Length * Rows(cells) * pitch);
    }

    public static ChartGeometry Arrange(ChartElement chart, RectangleF box, ChartText text)
    {
        var (cells, max) = Cells(chart);
        var columns = Math.Min(PerRow, cells);
        var rows = Rows(cells);
        var count = chart.Items.Length;
        var fit = (box.Height - Stack(chart, text)) / (count * rows);
        var pitch = Math.Max(0, Math.Min(Pitch(box.Width, columns, rows, text), fit));
        var gridWidth = columns * pitch;
        var left = box.Left + ((box.Width - gridWidth) / 2);
        var head = HeadHeight(chart, text);
        var block = head + (rows * pitch);
        var top = box.Top + Math.Max(0, (box.Height - ((count * block) + ((count - 1) * ItemGap(text)))) / 2);

        var marks = new List<ChartCell>();
        var labels = new List<ChartLabel>();
        for (var i = 0; i < count; i++)
        {
            var item = chart.Items[i];
            var y = top + (i * (block + ItemGap(text)));
            var filled = (int)Math.Round(ChartValues.Fraction(item.Value, max) * cells, MidpointRounding.AwayFromZero);
            var color = ChartValues.ColorOf(chart, i);
            for (var c = 0; c < cells; c++)
            {
                var cell = new RectangleF(left + (c % columns * pitch), y + head + (c / columns * pitch), pitch, pitch);
                cell.Inflate(-pitch * Inset, -pitch * Inset);
                marks.Add(new ChartCell(cell, c < filled, c < filled ? color : chart.Track, chart.Icon, i));
            }

            labels.AddRange(HeadLabels(chart, text, box, i, left + (pitch * Inset), gridWidth - (2 * pitch * Inset), y));
        }

        return new ChartGeometry(box) { Cells = [.. marks], Labels = [.. labels] };
    }

    /// <summary>
    /// The label (left) and value (right) over an item's icons: as wide as the icons, or wider, up to the whole
    /// box, when the two do not fit over a narrow grid.
    /// </summary>
    private static IEnumerable<ChartLabel> HeadLabels(ChartElement chart, ChartText text, RectangleF box, int item, float left, float width, float y)
    {
        var label = chart.Items[item].Label;
        var value = chart.ShowValues ? ChartValues.Format(chart, chart.Items[item].Value) : "";
        var labelStyle = text.Category(TextAlign.Left, 1);
        var valueStyle = text.Value(TextAlign.Right);
        var valueWidth = value.Length > 0 ? text.Width(value, valueStyle) : 0;
        var needed = (label.Length > 0 ? text.Width(label, labelStyle) : 0) + (valueWidth > 0 ? valueWidth + text.Gap : 0);
        var head = Math.Min(box.Width, Math.Max(width, needed));
        left = Math.Max(box.Left, Math.Min(left - ((head - width) / 2), box.Right - head));
        valueWidth = Math.Min(valueWidth, head / 2);

        if (valueWidth > 0)
        {
            var block = text.Break(value, valueStyle, valueWidth);
            yield return ChartText.Place(value, block, valueStyle, new RectangleF(left + head - valueWidth, y, valueWidth, block.Height), box, ChartLabelRole.Value, item);
        }

        if (label.Length > 0)
        {
            var labelWidth = Math.Max(1, head - (valueWidth > 0 ? valueWidth + text.Gap : 0));
            var block = text.Break(label, labelStyle, labelWidth);
            yield return ChartText.Place(label, block, labelStyle, new RectangleF(left, y, labelWidth, block.Height), box, ChartLabelRole.Category, item);
        }
    }

    /// <summary>How many icons an item has, and the value they stand for together.</summary>
    private static (int Cells, double Max) Cells(ChartElement chart)
    {
        var largest = chart.Items.Max(i => i.Value);
        var max = chart.Max ?? (chart.ValueFormat == ValueFormat.Percent ? 100 : largest);
        if (max <= 0)
        {
            return (PerRow, 1);
        }

        return max == Math.Floor(max) && max <= MostCells ? ((int)max, max) : (PerRow, max);
    }

    private static int Rows(int cells) => (cells + PerRow - 1) / PerRow;

    /// <summary>The size of an icon's cell: the width shared out, at most four label heights, and a grid no taller than half the width.</summary>
    private static float Pitch(float width, int columns, int rows, ChartText text) =>
        Math.Min(Math.Min(width / columns, text.Size * 4), width * GridHeight / rows);

    private static float HeadHeight(ChartElement chart, ChartText text) =>
        chart.ShowValues || chart.Items.Any(i => i.Label.Length > 0) ? text.ValueHeight + (text.Gap * 0.5f) : 0;

    private static float ItemGap(ChartText text) => text.Size * 1.2f;

    /// <summary>The height of everything but the icons: the label lines and the gaps between items.</summary>
    private static float Stack(ChartElement chart, ChartText text) =>
        (chart.Items.Length * HeadHeight(chart, text)) + ((chart.Items.Length - 1) * ItemGap(text));
}
