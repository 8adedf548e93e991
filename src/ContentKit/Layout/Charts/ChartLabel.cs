using System.Drawing;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Charts;

/// <summary>
/// A piece of text broken into lines, drawn in <see cref="Rect"/> with <see cref="Style"/>'s alignment;
/// <see cref="Item"/> is the item it belongs to, null for a chart-wide label (a donut's total).
/// </summary>
internal sealed record ChartLabel(string Text, TextBlock Block, TextStyle Style, RectangleF Rect, ChartLabelRole Role, int? Item);
