using System.Collections.Immutable;
using System.Drawing;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Charts;

/// <summary>
/// The frame shared by vertical bar, line and area charts: one slot per item across the width, item labels
/// under the plot (up to two lines, the slot's width), room for value labels above the plot (and below it
/// when a value is negative), and a zero-based scale from <see cref="ChartValues.Range"/>. Labels of one
/// kind share one size.
/// </summary>
internal sealed class CategoryFrame
{
    private readonly ChartElement _chart;
    private readonly ChartText _text;
    private readonly RectangleF _box;
    private readonly double _low;
    private readonly double _high;
    private readonly float _top;
    private readonly float _bottom;
    private readonly List<string> _values;
    private readonly List<TextBlock> _valueBlocks;
    private readonly TextStyle _valueStyle;

    /// <summary>Lays out the frame; <paramref name="headroom"/> is extra room between the value labels and the plot (a line chart's markers).</summary>
    public CategoryFrame(ChartElement chart, RectangleF box, ChartText text, float headroom)
    {
        (_chart, _text, _box) = (chart, text, box);
        SlotWidth = box.Width / chart.Items.Length;
        var widths = chart.Items.Select(_ => LabelWidth).ToList();
        // Item labels shrink (up to two lines) to keep words whole; in slots too narrow even for that, one line cut with an ellipsis.
        var names = chart.Items.Select(i => i.Label).ToList();
        var (blocks, style) = text.BreakAlikeWhole(names, text.Category(TextAlign.Center), widths)
            ?? text.BreakAlike(names, ChartText.Crowded(text.Category(TextAlign.Center, 1)), widths);
        var labelHeight = chart.Items.Any(i => i.Label.Length > 0) ? blocks.Max(b => b.Height) : 0;

        // Values may take two lines in narrow slots ("Rp 21,4" over "miliar"); values that cannot be written
        // whole even so are left out, all of them, rather than shown cut.
        var written = chart.Items.Select(i => ChartValues.Format(chart, i.Value)).ToList();
        var whole = chart.ShowValues ? text.BreakAlikeWhole(written, text.Value(TextAlign.Center), [.. written.Select(_ => LabelWidth)]) : null;
        (_values, _valueBlocks, _valueStyle) = whole is { } fitted ? (written, fitted.Blocks, fitted.Style) : ([], [], text.Value(TextAlign.Center));
        HasValues = _values.Count > 0;

        var values = HasValues ? _valueBlocks.Max(b => b.Height) + text.Gap : 0;
        var negative = chart.Items.Any(i => i.Value < 0);
        _top = box.Top + values + headroom;
        _bottom = box.Bottom - (labelHeight > 0 ? labelHeight + text.Gap : 0) - (negative ? values + headroom : 0);
        _bottom = Math.Max(_top, _bottom);
        (_low, _high) = ChartValues.Range(chart);
        ZeroY = _top + (float)((_bottom - _top) * _high / (_high - _low));

        Labels = [.. chart.Items.Select((item, i) => ChartText.Place(
            item.Label,
            blocks[i],
            style,
            new RectangleF(SlotCentre(i) - (LabelWidth / 2), box.Bottom - labelHeight, LabelWidth, labelHeight),
            box,
            ChartLabelRole.Category,
            i))];
    }

    public float SlotWidth { get; }

    /// <summary>False when values were not asked for, or do not fit their slots even small.</summary>
    public bool HasValues { get; }

    /// <summary>Where zero is: the baseline bars grow from.</summary>
    public float ZeroY { get; }

    /// <summary>The item labels under the plot.</summary>
    public ImmutableArray<ChartLabel> Labels { get; }

    /// <summary>A thin line at zero across the whole width.</summary>
    public ChartRule Baseline => new(new PointF(_box.Left, ZeroY), new PointF(_box.Right, ZeroY), Math.Max(1.5f, _text.Size / 12), _chart.Track);

    /// <summary>The width of labels in a slot: nearly all of it, so crowded slots keep their words whole.</summary>
    private float LabelWidth => SlotWidth - (_text.Gap / 4);

    public float SlotCentre(int item) => _box.Left + ((item + 0.5f) * SlotWidth);

    /// <summary>The y of <paramref name="value"/>; values beyond <c>max</c> stop at the top of the plot.</summary>
    public float Y(double value) => ZeroY - (float)((Math.Clamp(value, _low, _high) / (_high - _low)) * (_bottom - _top));

    /// <summary>The written value's size, for keeping it clear of a line.</summary>
    public SizeF ValueLabelSize(int item) => new(_valueBlocks[item].Width, _valueBlocks[item].Height);

    /// <summary>The item's value written with its bottom just above <paramref name="anchorY"/>, or its top just below it.</summary>
    public ChartLabel Value(int item, float anchorY, bool below)
    {
        var block = _valueBlocks[item];
        var y = below ? anchorY + (_text.Gap / 2) : anchorY - (_text.Gap / 2) - block.Height;
        var rect = new RectangleF(SlotCentre(item) - (LabelWidth / 2), y, LabelWidth, block.Height);
        return ChartText.Place(_values[item], block, _valueStyle, rect, _box, ChartLabelRole.Value, item);
    }
}
