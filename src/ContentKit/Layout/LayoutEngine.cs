using System.Drawing;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout;

/// <summary>
/// Turns an element tree into positioned boxes. Widths flow down (a child always knows the width it
/// may use), heights come up from content, like a web page: <c>row</c> and <c>column</c> follow flexbox
/// (basis, grow, shrink, gap, align, justify), <c>layers</c> stack children, absolute children are
/// placed against their parent's box. One engine per render; it memoises measurements for that tree.
/// </summary>
internal sealed partial class LayoutEngine(TextEngine text, IImageSizes images)
{
    private readonly Dictionary<(Element, float), float> _heights = new(new MeasureKeyComparer());
    private readonly Dictionary<(Element, float), float> _widths = new(new MeasureKeyComparer());

    /// <summary>Every text's lines at each size and width this layout asked for, so none is broken twice.</summary>
    internal TextLayoutCache TextCache { get; } = new();

    public LayoutBox Layout(Element root, SizeF page) => Arrange(root, new RectangleF(PointF.Empty, page));

    private LayoutBox Arrange(Element element, RectangleF bounds)
    {
        var inner = Deflate(bounds, element.Box.Padding);
        return element switch
        {
            ContainerElement container => ArrangeContainer(container, bounds, inner),
            // The final height is known now: text fits into it (fit="shrink") or is clamped to it, never drawn outside.
            TextElement t => new LayoutBox(element, bounds, []) { Text = text.Break(t, inner.Width, inner.Height, TextCache) },
            ChartElement chart => new LayoutBox(element, bounds, []) { Chart = Charts.ChartLayout.Arrange(chart, inner, text) },
            _ => new LayoutBox(element, bounds, []),
        };
    }

    /// <summary>The width the element takes when nothing stretches it: its content's width, at most <paramref name="available"/>.</summary>
    private float NaturalWidth(Element element, float available, float? parentHeight)
    {
        var box = element.Box;
        if (box.Width.Resolve(available) is { } fixedWidth)
        {
            return ClampWidth(box, fixedWidth, available);
        }

        if (box.Height.Resolve(parentHeight) is { } h)
        {
            // An image given only a height keeps its own proportions, like an <img> on a web page.
            var ratio = box.AspectRatio ?? (element is ImageElement image && images.SizeOf(image.Source) is { Height: > 0 } size ? size.Width / (float)size.Height : null);
            if (ratio is { } r)
            {
                return ClampWidth(box, h * r, available);
            }
        }

        var key = (element, available);
        if (!_widths.TryGetValue(key, out var width))
        {
            var inner = Math.Max(0, available - box.Padding.Horizontal);
            width = box.Padding.Horizontal + element switch
            {
                TextElement t => text.Break(t, inner, cache: TextCache).Width,
                ImageElement i => Math.Min(inner, images.SizeOf(i.Source).Width),
                IconElement => 48,
                QrElement or ChartElement => inner,
                ContainerElement { Kind: ContainerKind.Row } row => RowNaturalWidth(row, inner),
                ContainerElement c => c.Children.Where(InFlow).Select(child => NaturalWidth(child, inner, null)).DefaultIfEmpty(0).Max(),
                _ => 0,
            };
            _widths[key] = width;
        }

        return ClampWidth(box, width, available);
    }

    /// <summary>The height the element needs at <paramref name="width"/>.</summary>
    private float Height(Element element, float width, float? parentHeight)
    {
        var box = element.Box;
        if (box.Height.Resolve(parentHeight) is { } fixedHeight)
        {
            return ClampHeight(box, fixedHeight, parentHeight);
        }

        return box.AspectRatio is { } ratio
            ? ClampHeight(box, width / ratio, parentHeight)
            : ClampHeight(box, ContentHeight(element, width), parentHeight);
    }

    /// <summary>The height of the element's content at <paramref name="width"/>, ignoring its own height attributes.</summary>
    private float ContentHeight(Element element, float width)
    {
        var key = (element, width);
        if (!_heights.TryGetValue(key, out var height))
        {
            var box = element.Box;
            var inner = Math.Max(0, width - box.Padding.Horizontal);
            height = box.Padding.Vertical + element switch
            {
                TextElement t => text.Break(t, inner, cache: TextCache).Height,
                ImageElement i when images.SizeOf(i.Source) is { Width: > 0 } size => inner * size.Height / size.Width,
                IconElement or QrElement => inner,
                ChartElement chart => Charts.ChartLayout.PreferredHeight(chart, inner, text),
                ContainerElement c => ChildrenHeight(c, inner),
                _ => 0,
            };
            _heights[key] = height;
        }

        return height;
    }

    private static bool InFlow(Element element) => !element.Box.Absolute;

    private static float ClampWidth(BoxStyle box, float width, float? parent) =>
        Clamp(width, box.MinWidth.Resolve(parent), box.MaxWidth.Resolve(parent));

    private static float ClampHeight(BoxStyle box, float height, float? parent) =>
        Clamp(height, box.MinHeight.Resolve(parent), box.MaxHeight.Resolve(parent));

    private static float Clamp(float value, float? min, float? max)
    {
        if (max is { } upper)
        {
            value = Math.Min(value, upper);
        }

        return Math.Max(value, min ?? 0);
    }

    private static RectangleF Deflate(RectangleF rect, Thickness padding) => new(
        rect.X + padding.Left,
        rect.Y + padding.Top,
        Math.Max(0, rect.Width - padding.Horizontal),
        Math.Max(0, rect.Height - padding.Vertical));

    /// <summary>Elements are records, but two equal-looking elements are still different boxes: compare by reference.</summary>
    private sealed class MeasureKeyComparer : IEqualityComparer<(Element Element, float Size)>
    {
        public bool Equals((Element Element, float Size) x, (Element Element, float Size) y) =>
            ReferenceEquals(x.Element, y.Element) && x.Size.Equals(y.Size);

        public int GetHashCode((Element Element, float Size) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Element), key.Size);
    }
}
