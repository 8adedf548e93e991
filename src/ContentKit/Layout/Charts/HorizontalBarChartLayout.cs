using System.Drawing;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Charts;

/// <summary>
/// One row per item, bars in the palette's first colour (or the item's own): the label in a left column as
/// wide as the longest label (at most 40% of the width, longer labels wrap to two lines), the bar from the
/// zero line, its value just past its end, or inside the bar's end when it does not fit outside (values
/// shrink, alike, to fit; values that fit nowhere are all left out). Negative values extend left of zero.
/// </summary>
internal static class HorizontalBarChartLayout
{
    private const float LabelShare = 0.4f;

    /// <summary>Room kept for values past the bars, as shares of the bars' width, tried in turn; values that need more go inside their bar.</summary>
    private static readonly float[] ValueRoom = [1 / 3f, 0.5f];

    public static float PreferredHeight(ChartElement chart, float width, ChartText text)
    {
        var rows = new Rows(chart, width, text);
        return (chart.Items.Length * rows.Height) + ((chart.Items.Length - 1) * RowGap(text));
    }

    public static ChartGeometry Arrange(ChartElement chart, RectangleF box, ChartText text)
    {
        var rows = new Rows(chart, box.Width, text);
        var pitch = box.Height / chart.Items.Length;
        var thickness = Math.Min(rows.Thickness, pitch * 0.8f);
        var barsLeft = box.Left + (rows.LabelWidth > 0 ? rows.LabelWidth + (text.Size * 0.75f) : 0);
        var plan = Plan(chart, text, barsLeft, box.Right);

        var bars = new List<ChartBar>();
        var labels = new List<ChartLabel>();
        var radius = Math.Min(thickness / 2, text.Size / 2);
        for (var i = 0; i < chart.Items.Length; i++)
        {
            var item = chart.Items[i];
            var centre = box.Top + ((i + 0.5f) * pitch);
            var rect = plan.Bar(i, centre, thickness);
            var color = ChartValues.SeriesColor(chart, i);
            bars.Add(new ChartBar(rect, color, radius, item.Value < 0 ? BarEnd.Left : BarEnd.Right, i));

            if (rows.LabelWidth > 0)
            {
                var block = rows.Labels[i];
                var at = new RectangleF(box.Left, centre - (Math.Min(block.Height, pitch) / 2), rows.LabelWidth, Math.Min(block.Height, pitch));
                labels.Add(ChartText.Place(item.Label, block, rows.LabelStyle, at, box, ChartLabelRole.Category, i));
            }

            if (plan.HasValue(i))
            {
                labels.Add(plan.Value(i, rect, color, box));
            }
        }

        var zero = new ChartRule(new PointF(plan.ZeroX, box.Top), new PointF(plan.ZeroX, box.Bottom), Math.Max(1.5f, text.Size / 12), chart.Track);
        return new ChartGeometry(box) { Bars = [.. bars], Rules = [zero], Labels = [.. labels] };
    }

    private static float RowGap(ChartText text) => text.Size * 0.7f;

    /// <summary>
    /// Where zero is and how long bars are, keeping room for the values: a third of the bars' width, then half,
    /// then half with the values shrunk alike (to 70%), whichever first lets every value fit past or inside its bar.
    /// </summary>
    private static ValuePlan Plan(ChartElement chart, ChartText text, float left, float right)
    {
        var values = chart.ShowValues ? chart.Items.Select(i => ChartValues.Format(chart, i.Value)).ToList() : [.. chart.Items.Select(_ => "")];
        var style = text.Value(TextAlign.Left);
        ValuePlan? plan = null;
        foreach (var share in ValueRoom)
        {
            plan = new ValuePlan(chart, text, values, style, left, right, share);
            if (plan.AllFit)
            {
                return plan;
            }
        }

        var widest = values.Max(v => text.Width(v, style));
        var room = ((right - left) * ValueRoom[^1]) - text.Gap;
        var scale = widest > 0 ? Math.Clamp(room / widest, 0.7f, 1) : 1;
        plan = new ValuePlan(chart, text, values, style with { Size = style.Size * scale, MinSize = style.Size * scale }, left, right, ValueRoom[^1]);

        // Values that cannot be written whole even so are left out, all of them, rather than shown cut.
        return plan.AllFit ? plan : new ValuePlan(chart, text, [.. values.Select(_ => "")], style, left, right, 0);
    }

    /// <summary>The bars' scale with room for the values at one size, and where each value goes.</summary>
    private sealed class ValuePlan
    {
        private readonly ChartElement _chart;
        private readonly ChartText _text;
        private readonly IReadOnlyList<string> _values;
        private readonly TextStyle _style;
        private readonly List<float> _widths;
        private readonly float _left;
        private readonly float _right;
        private readonly float _plotWidth;
        private readonly double _low;
        private readonly double _high;

        public ValuePlan(ChartElement chart, ChartText text, IReadOnlyList<string> values, TextStyle style, float left, float right, float share)
        {
            (_chart, _text, _values, _style, _left, _right) = (chart, text, values, style, left, right);
            _widths = [.. values.Select(v => v.Length > 0 ? text.Width(v, style) : 0)];
            var area = right - left;
            // A set max reserves room for any value up to it (its digits written as the widest digit), so pages of one
            // table, whose values differ, keep the same bars' width.
            var maxWidth = chart.Max is { } max && values.Any(v => v.Length > 0) ? text.Width(WidestDigits(ChartValues.Format(chart, max), text, style), style) : 0;
            var after = Math.Min(Reserve(chart.Items.Select((item, i) => item.Value >= 0 ? _widths[i] : 0).Append(maxWidth)), area * share);
            var before = Math.Min(Reserve(chart.Items.Select((item, i) => item.Value < 0 ? _widths[i] : 0)), area * share);
            _plotWidth = Math.Max(0, area - before - after);
            (_low, _high) = ChartValues.Range(chart);
            ZeroX = left + before + (float)(_plotWidth * -_low / (_high - _low));
            AllFit = Enumerable.Range(0, chart.Items.Length).All(i => _widths[i] == 0 || Outside(i) || Inside(i));

            float Reserve(IEnumerable<float> widths) => widths.Max() is > 0 and var widest ? widest + text.Gap : 0;
        }

        public float ZeroX { get; }

        private static string WidestDigits(string value, ChartText text, TextStyle style)
        {
            var widest = "0123456789".MaxBy(digit => text.Width(digit.ToString(), style));
            return string.Concat(value.Select(c => char.IsAsciiDigit(c) ? widest : c));
        }

        public bool AllFit { get; }

        public bool HasValue(int item) => _values[item].Length > 0;

        public RectangleF Bar(int item, float centre, float thickness)
        {
            var length = Length(item);
            return _chart.Items[item].Value < 0
                ? new RectangleF(ZeroX - length, centre - (thickness / 2), length, thickness)
                : new RectangleF(ZeroX, centre - (thickness / 2), length, thickness);
        }

        /// <summary>The value past the bar's end; inside its end, in a colour that reads on the bar, when it does not fit outside.</summary>
        public ChartLabel Value(int item, RectangleF bar, Rgba color, RectangleF box)
        {
            var negative = _chart.Items[item].Value < 0;
            var gap = _text.Gap;
            if (!Outside(item) && Inside(item))
            {
                var inside = _style with { Align = negative ? TextAlign.Left : TextAlign.Right, Color = _text.On(color) };
                var block = _text.Break(_values[item], inside, bar.Width - (2 * gap));
                var rect = new RectangleF(bar.Left + gap, bar.Top + ((bar.Height - block.Height) / 2), bar.Width - (2 * gap), block.Height);
                return ChartText.Place(_values[item], block, inside, rect, box, ChartLabelRole.Value, item);
            }

            // Outside, shrunk (then cut) to the room there is when even that is too little.
            var outside = _style with { Align = negative ? TextAlign.Right : TextAlign.Left };
            var width = Math.Max(Math.Min(_widths[item], Room(item)), _text.Size);
            var fitted = _text.Break(_values[item], outside, width);
            var x = negative ? bar.Left - gap - width : bar.Right + gap;
            var at = new RectangleF(x, bar.Top + ((bar.Height - fitted.Height) / 2), width, fitted.Height);
            return ChartText.Place(_values[item], fitted, outside, at, box, ChartLabelRole.Value, item);
        }

        private float Length(int item) =>
            (float)(_plotWidth * Math.Abs(Math.Clamp(_chart.Items[item].Value, _low, _high)) / (_high - _low));

        private float Room(int item) => _chart.Items[item].Value < 0
            ? ZeroX - Length(item) - _text.Gap - _left
            : _right - (ZeroX + Length(item) + _text.Gap);

        private bool Outside(int item) => _widths[item] <= Room(item) + 0.5f;

        private bool Inside(int item) => _widths[item] + (2 * _text.Gap) <= Length(item);
    }

    /// <summary>The label column and the row height: the taller of a label (up to two lines, all at one size) and a bar.</summary>
    private sealed class Rows
    {
        public Rows(ChartElement chart, float width, ChartText text)
        {
            var style = text.Category(TextAlign.Left);
            var widest = chart.Items.Select(i => i.Label.Length > 0 ? text.Width(i.Label, style) : 0).DefaultIfEmpty(0).Max();
            LabelWidth = chart.LabelWidth?.Resolve(width) is { } set ? Math.Clamp(set, 0, width * LabelShare) : Math.Min(widest, width * LabelShare);
            (Labels, LabelStyle) = text.BreakAlike([.. chart.Items.Select(i => i.Label)], style, [.. chart.Items.Select(_ => LabelWidth)]);
            Thickness = chart.Thickness ?? text.Size * 1.5f;
            Height = Math.Max(Thickness, LabelWidth > 0 ? Labels.Max(b => b.Height) : 0);
        }

        public TextStyle LabelStyle { get; }

        public float LabelWidth { get; }

        public List<TextBlock> Labels { get; }

        public float Thickness { get; }

        public float Height { get; }
    }
}
