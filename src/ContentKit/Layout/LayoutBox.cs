using System.Collections.Immutable;
using System.Drawing;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout;

/// <summary>
/// An element with its final position: the immutable result of layout. Painting reads only this tree,
/// and geometry tests assert on it without pixels.
/// </summary>
internal sealed record LayoutBox(Element Element, RectangleF Bounds, ImmutableArray<LayoutBox> Children)
{
    /// <summary>The lines of a text element, broken at its final width.</summary>
    public TextBlock? Text { get; init; }

    /// <summary>
    /// Pixels by which this container's children reach past its content box when nothing more could give way; the
    /// painter clips them at the box, and the design check reports it. 0 when everything fits.
    /// </summary>
    public float Overflow { get; init; }

    /// <summary>The marks of a chart, laid out in its box.</summary>
    public Charts.ChartGeometry? Chart { get; init; }

    /// <summary>Depth-first walk over this box and all boxes inside it.</summary>
    public IEnumerable<LayoutBox> Descendants()
    {
        yield return this;
        foreach (var box in Children.SelectMany(c => c.Descendants()))
        {
            yield return box;
        }
    }
}
