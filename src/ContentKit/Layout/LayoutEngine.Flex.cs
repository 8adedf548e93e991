using System.Collections.Immutable;
using System.Drawing;
using ContentKit.Layout.Elements;

namespace ContentKit.Layout;

internal sealed partial class LayoutEngine
{
    private ImmutableArray<LayoutBox> ArrangeChildren(ContainerElement container, RectangleF bounds, RectangleF inner)
    {
        var flow = container.Children.Where(InFlow).ToList();
        var rects = container.Kind switch
        {
            ContainerKind.Row => PlaceRow(container, flow, inner),
            ContainerKind.Column => PlaceColumn(container, flow, inner),
            _ => PlaceLayers(container, flow, inner),
        };

        var boxes = ImmutableArray.CreateBuilder<LayoutBox>(container.Children.Length);
        var next = 0;
        foreach (var child in container.Children)
        {
            boxes.Add(Arrange(child, InFlow(child) ? rects[next++] : PlaceAbsolute(child, bounds)));
        }

        return boxes.MoveToImmutable();
    }

    private float RowNaturalWidth(ContainerElement row, float inner)
    {
        var flow = row.Children.Where(InFlow).ToList();
        return flow.Sum(child => NaturalWidth(child, inner, null)) + Gaps(row, flow.Count);
    }

    private float ChildrenHeight(ContainerElement container, float innerWidth)
    {
        var flow = container.Children.Where(InFlow).ToList();
        switch (container.Kind)
        {
            case ContainerKind.Row:
                var widths = RowWidths(container, flow, innerWidth, null);
                return flow.Select((child, i) => Height(child, widths[i], null)).DefaultIfEmpty(0).Max();
            case ContainerKind.Column:
                return flow.Sum(child => Height(child, CrossWidth(container, child, innerWidth), null)) + Gaps(container, flow.Count);
            default:
                return flow.Select(child => Height(child, CrossWidth(container, child, innerWidth), null)).DefaultIfEmpty(0).Max();
        }
    }

    private RectangleF[] PlaceRow(ContainerElement row, List<Element> flow, RectangleF inner)
    {
        var widths = RowWidths(row, flow, inner.Width, inner.Height);
        var (offset, between) = Spread(row, inner.Width - widths.Sum() - Gaps(row, flow.Count), flow.Count);
        var rects = new RectangleF[flow.Count];
        var x = inner.X + offset;
        for (var i = 0; i < flow.Count; i++)
        {
            var child = flow[i];
            var align = child.Box.AlignSelf ?? row.Align;
            var height = align == Align.Stretch && child.Box.Height.IsAuto && child.Box.AspectRatio is null
                ? ClampHeight(child.Box, inner.Height, inner.Height)
                : Height(child, widths[i], inner.Height);
            rects[i] = new RectangleF(x, inner.Y + CrossOffset(align, inner.Height - height), widths[i], height);
            x += widths[i] + between;
        }

        return rects;
    }

    private RectangleF[] PlaceColumn(ContainerElement column, List<Element> flow, RectangleF inner)
    {
        var widths = flow.Select(child => CrossWidth(column, child, inner.Width)).ToArray();
        var heights = flow.Select((child, i) => child.Box.Basis.Resolve(inner.Height) ?? Height(child, widths[i], inner.Height)).ToArray();
        // Text and containers never shrink below their content (CSS's automatic minimum size), even when they ask
        // for a larger height; pictures and shapes may shrink to nothing.
        var minimums = flow.Select((child, i) => Math.Max(
            child.Box.MinHeight.Resolve(inner.Height) ?? 0,
            child is TextElement or ContainerElement ? ContentHeight(child, widths[i]) : 0)).ToArray();
        Distribute(heights, flow, inner.Height - heights.Sum() - Gaps(column, flow.Count), minimums, b => b.MaxHeight.Resolve(inner.Height));
        var (offset, between) = Spread(column, inner.Height - heights.Sum() - Gaps(column, flow.Count), flow.Count);

        var rects = new RectangleF[flow.Count];
        var y = inner.Y + offset;
        for (var i = 0; i < flow.Count; i++)
        {
            var align = flow[i].Box.AlignSelf ?? column.Align;
            rects[i] = new RectangleF(inner.X + CrossOffset(align, inner.Width - widths[i]), y, widths[i], heights[i]);
            y += heights[i] + between;
        }

        return rects;
    }

    private RectangleF[] PlaceLayers(ContainerElement layers, List<Element> flow, RectangleF inner) =>
        flow.Select(child =>
        {
            var align = child.Box.AlignSelf ?? layers.Align;
            var width = CrossWidth(layers, child, inner.Width);
            var height = align == Align.Stretch && child.Box.Height.IsAuto && child.Box.AspectRatio is null
                ? ClampHeight(child.Box, inner.Height, inner.Height)
                : Height(child, width, inner.Height);
            return new RectangleF(
                inner.X + CrossOffset(align, inner.Width - width),
                inner.Y + CrossOffset(align, inner.Height - height),
                width,
                height);
        }).ToArray();

    /// <summary>Places a child by top/left/right/bottom against the parent's box; missing sides come from its own size.</summary>
    private RectangleF PlaceAbsolute(Element child, RectangleF parent)
    {
        var box = child.Box;
        var (left, right) = (box.Left.Resolve(parent.Width), box.Right.Resolve(parent.Width));
        var (top, bottom) = (box.Top.Resolve(parent.Height), box.Bottom.Resolve(parent.Height));
        var width = box.Width.IsAuto && left is { } l && right is { } r
            ? parent.Width - l - r
            : NaturalWidth(child, parent.Width, parent.Height);
        var height = box.Height.IsAuto && box.AspectRatio is null && top is { } t && bottom is { } b
            ? parent.Height - t - b
            : Height(child, width, parent.Height);
        var x = left is { } x0 ? parent.X + x0 : right is { } x1 ? parent.Right - x1 - width : parent.X;
        var y = top is { } y0 ? parent.Y + y0 : bottom is { } y1 ? parent.Bottom - y1 - height : parent.Y;
        return new RectangleF(x, y, width, height);
    }

    private float[] RowWidths(ContainerElement row, List<Element> flow, float innerWidth, float? innerHeight)
    {
        var widths = flow.Select(child => child.Box.Basis.Resolve(innerWidth) ?? NaturalWidth(child, innerWidth, innerHeight)).ToArray();
        var minimums = flow.Select(child => child.Box.MinWidth.Resolve(innerWidth) ?? 0).ToArray();
        Distribute(widths, flow, innerWidth - widths.Sum() - Gaps(row, flow.Count), minimums, b => b.MaxWidth.Resolve(innerWidth));
        return widths;
    }

    /// <summary>The width a child gets across a column or in layers: its own, the whole width when stretched, or its content's.</summary>
    private float CrossWidth(ContainerElement parent, Element child, float innerWidth)
    {
        var align = child.Box.AlignSelf ?? parent.Align;
        return align == Align.Stretch && child.Box.Width.IsAuto && child.Box.AspectRatio is null
            ? ClampWidth(child.Box, innerWidth, innerWidth)
            : NaturalWidth(child, innerWidth, null);
    }

    /// <summary>Shares positive free space by grow factors, or takes away overflow by shrink factors weighted by size (flexbox).</summary>
    private static void Distribute(float[] sizes, List<Element> flow, float free, float[] minimums, Func<BoxStyle, float?> maximum)
    {
        if (free > 0)
        {
            var grow = flow.Sum(c => c.Box.Grow);
            for (var i = 0; grow > 0 && i < sizes.Length; i++)
            {
                var grown = sizes[i] + (free * flow[i].Box.Grow / grow);
                sizes[i] = maximum(flow[i].Box) is { } max ? Math.Min(grown, Math.Max(max, sizes[i])) : grown;
            }
        }
        else if (free < 0)
        {
            var weight = flow.Select((c, i) => c.Box.Shrink * sizes[i]).Sum();
            for (var i = 0; weight > 0 && i < sizes.Length; i++)
            {
                var shrunk = sizes[i] + (free * flow[i].Box.Shrink * sizes[i] / weight);
                sizes[i] = Math.Max(shrunk, Math.Min(minimums[i], sizes[i]));
            }
        }
    }

    /// <summary>Where the first child starts and the distance between children, from <c>justify</c> and the space left over.</summary>
    private static (float Offset, float Between) Spread(ContainerElement container, float leftover, int count)
    {
        var gap = container.Gap;
        if (leftover <= 0 || count == 0)
        {
            return (0, gap);
        }

        return container.Justify switch
        {
            Justify.Center => (leftover / 2, gap),
            Justify.End => (leftover, gap),
            Justify.SpaceBetween when count > 1 => (0, gap + (leftover / (count - 1))),
            Justify.SpaceAround => (leftover / count / 2, gap + (leftover / count)),
            Justify.SpaceEvenly => (leftover / (count + 1), gap + (leftover / (count + 1))),
            _ => (0, gap),
        };
    }

    private static float CrossOffset(Align align, float leftover) => align switch
    {
        Align.Center => leftover / 2,
        Align.End => leftover,
        _ => 0,
    };

    private static float Gaps(ContainerElement container, int count) => count > 1 ? container.Gap * (count - 1) : 0;
}
