using System.Drawing;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Charts;

/// <summary>
/// A legend of pie and donut charts: per item a colour dot, the label and, right-aligned in its column, the
/// value; or the value under the label when the two do not fit side by side. Entries run down one column,
/// or two when there are more than three items, the legend sits under the chart and two columns fit.
/// Labels share one size, and so do values.
/// </summary>
internal sealed class ChartLegend
{
    private readonly ChartElement _chart;
    private readonly ChartText _text;
    private readonly IReadOnlyList<string> _values;
    private readonly TextStyle _labelStyle;
    private readonly TextStyle _valueStyle;
    private readonly List<TextBlock> _labels;
    private readonly List<TextBlock> _valueBlocks;
    private readonly List<float> _rowHeights;
    private readonly List<float> _rowPitches;

    /// <summary>
    /// Measures a legend of <paramref name="values"/> (each item's written value, or empty strings for no values) at most
    /// <paramref name="width"/> wide, in up to two columns when <paramref name="below"/> the chart, one when beside it.
    /// </summary>
    public ChartLegend(ChartElement chart, ChartText text, IReadOnlyList<string> values, float width, bool below)
    {
        (_chart, _text, _values) = (chart, text, values);
        var labelStyle = text.Category(TextAlign.Left);
        var valueStyle = text.Value(TextAlign.Right);
        var count = chart.Items.Length;
        ColumnGap = text.Size * 1.5f;
        var natural = Enumerable.Range(0, count).Max(i => NaturalWidth(i, labelStyle, valueStyle));
        Columns = below && count > 3 && (2 * natural) + ColumnGap <= width ? 2 : 1;
        ColumnWidth = Math.Min(natural, (width - ((Columns - 1) * ColumnGap)) / Columns);
        Width = (Columns * ColumnWidth) + ((Columns - 1) * ColumnGap);
        Stacked = natural > ColumnWidth + 0.5f;

        var textWidth = ColumnWidth - Swatch - text.Gap;
        var labels = chart.Items.Select(i => i.Label).ToList();
        if (Stacked)
        {
            (_valueBlocks, _valueStyle) = text.BreakAlike(values, valueStyle with { Align = TextAlign.Left }, [.. values.Select(_ => textWidth)]);
            (_labels, _labelStyle) = text.BreakAlike(labels, labelStyle, [.. labels.Select(_ => textWidth)]);
            _rowHeights = [.. Enumerable.Range(0, count).Select(i => _labels[i].Height + (values[i].Length > 0 ? _valueBlocks[i].Height : 0))];
        }
        else
        {
            var valueWidths = values.Select(v => v.Length > 0 ? text.Width(v, valueStyle) : 1).ToList();
            (_valueBlocks, _valueStyle) = text.BreakAlike(values, valueStyle, valueWidths);
            (_labels, _labelStyle) = text.BreakAlike(labels, labelStyle, [.. valueWidths.Select((w, i) => textWidth - (values[i].Length > 0 ? w + text.Gap : 0))]);
            _rowHeights = [.. Enumerable.Range(0, count).Select(i => Math.Max(_labels[i].Height, values[i].Length > 0 ? _valueBlocks[i].Height : Swatch))];
        }

        var rows = (count + Columns - 1) / Columns;
        _rowPitches = [.. Enumerable.Range(0, rows).Select(r => Enumerable.Range(r * Columns, Math.Min(Columns, count - (r * Columns))).Max(i => _rowHeights[i]))];
        Height = _rowPitches.Sum() + ((rows - 1) * RowGap);
    }

    public int Columns { get; }

    public float ColumnWidth { get; }

    public float ColumnGap { get; }

    /// <summary>True when values are written under their labels, the column being too narrow for both on one line.</summary>
    public bool Stacked { get; }

    public float Width { get; }

    public float Height { get; }

    private float Swatch => _text.Size * 0.75f;

    private float RowGap => _text.Size * 0.5f;

    /// <summary>Places the entries with the legend's top-left corner at <paramref name="origin"/>.</summary>
    public void Place(PointF origin, RectangleF box, List<ChartSwatch> swatches, List<ChartLabel> labels)
    {
        var y = origin.Y;
        for (var row = 0; row < _rowPitches.Count; row++)
        {
            for (var column = 0; column < Columns && (row * Columns) + column < _chart.Items.Length; column++)
            {
                var i = (row * Columns) + column;
                var x = origin.X + (column * (ColumnWidth + ColumnGap));
                var firstLine = y + (_labelStyle.Size * ChartText.LineHeight / 2);
                swatches.Add(new ChartSwatch(new RectangleF(x, firstLine - (Swatch / 2), Swatch, Swatch), ChartValues.ColorOf(_chart, i), i));

                var textLeft = x + Swatch + _text.Gap;
                var textWidth = ColumnWidth - Swatch - _text.Gap;
                var value = _values[i].Length > 0 ? _valueBlocks[i] : null;
                var valueRect = value is null ? RectangleF.Empty
                    : Stacked ? new RectangleF(textLeft, y + _labels[i].Height, textWidth, value.Height)
                    : new RectangleF(x + ColumnWidth - value.Width, y, value.Width, value.Height);
                var labelWidth = Stacked || value is null ? textWidth : textWidth - value.Width - _text.Gap;

                labels.Add(ChartText.Place(_chart.Items[i].Label, _labels[i], _labelStyle, new RectangleF(textLeft, y, labelWidth, _labels[i].Height), box, ChartLabelRole.Category, i));
                if (value is not null)
                {
                    labels.Add(ChartText.Place(_values[i], value, _valueStyle, valueRect, box, ChartLabelRole.Value, i));
                }
            }

            y += _rowPitches[row] + RowGap;
        }
    }

    private float NaturalWidth(int item, TextStyle labelStyle, TextStyle valueStyle)
    {
        var label = _chart.Items[item].Label;
        var value = _values[item];
        return Swatch + _text.Gap + (label.Length > 0 ? _text.Width(label, labelStyle) : 0) +
            (value.Length > 0 ? (_text.Size * 1.5f) + _text.Width(value, valueStyle) : 0);
    }
}
