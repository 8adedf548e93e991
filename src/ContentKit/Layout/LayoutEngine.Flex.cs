using System.Collections.Immutable;
using System.Drawing;
using ContentKit.Layout.Elements;

namespace ContentKit.Layout;

internal sealed partial class LayoutEngine
{
    private LayoutBox ArrangeContainer(ContainerElement container, RectangleF bounds, RectangleF inner)
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

        // How far the children in flow reach past the content box (absolute children are placed there on purpose).
        var overflow = rects.Select(r => Math.Max(Math.Max(r.Bottom - inner.Bottom, inner.Top - r.Top), Math.Max(r.Right - inner.Right, inner.Left - r.Left)))
            .DefaultIfEmpty(0).Max();
        return new LayoutBox(container, bounds, boxes.MoveToImmutable()) { Overflow = overflow > 0.5f ? overflow : 0 };
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
        var heights = flow.Select((child, i) => child.Box.Basis.Resolve(inner.Height) is { } basis
            ? ClampHeight(child.Box, basis, inner.Height)
            : Height(child, widths[i], inner.Height)).ToArray();
        var maximums = flow.Select(child => child.Box.MaxHeight.Resolve(inner.Height)).ToArray();
        var available = inner.Height - Gaps(column, flow.Count);
        if (heights.Sum() < available)
        {
            var minimums = flow.Select(child => child.Box.MinHeight.Resolve(inner.Height) ?? 0).ToArray();
            Distribute(heights, flow, available, minimums, maximums);
        }
        else
        {
            ShrinkInOrder(heights, flow, widths, available, inner.Height, maximums);
        }

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
        var widths = flow.Select(child => child.Box.Basis.Resolve(innerWidth) is { } basis
            ? ClampWidth(child.Box, basis, innerWidth)
            : NaturalWidth(child, innerWidth, innerHeight)).ToArray();
        var minimums = flow.Select(child => child.Box.MinWidth.Resolve(innerWidth) ?? 0).ToArray();
        var maximums = flow.Select(child => child.Box.MaxWidth.Resolve(innerWidth)).ToArray();
        Distribute(widths, flow, innerWidth - Gaps(row, flow.Count), minimums, maximums);
        return widths;
    }

    /// <summary>The width a child gets across a column or in layers: its own, the whole width when stretched, or its content's.</summary>
    private float CrossWidth(ContainerElement parent, Element child, float innerWidth)
    {
        var align = child.Box.AlignSelf ?? parent.Align;
        var widthFromHeight = child.Box.AspectRatio is not null && !child.Box.Height.IsAuto;
        return align == Align.Stretch && child.Box.Width.IsAuto && !widthFromHeight
            ? ClampWidth(child.Box, innerWidth, innerWidth)
            : NaturalWidth(child, innerWidth, null);
    }

    /// <summary>
    /// Resolves flexible lengths as CSS flexbox does: free space is shared by grow factors (or overflow taken by
    /// shrink factors weighted by size); an item that hits its minimum or maximum is frozen there and the
    /// rest is shared again among the others.
    /// </summary>
    private static void Distribute(float[] sizes, List<Element> flow, float available, float[] minimums, float?[] maximums)
    {
        var basis = (float[])sizes.Clone();
        var frozen = new bool[sizes.Length];
        var growing = available > basis.Sum();
        for (var pass = 0; pass <= sizes.Length; pass++)
        {
            var free = available - Enumerable.Range(0, sizes.Length).Sum(i => frozen[i] ? sizes[i] : basis[i]);
            var factors = flow.Select((c, i) => frozen[i] ? 0 : growing ? c.Box.Grow : c.Box.Shrink * basis[i]).ToArray();
            var total = factors.Sum();
            if (total <= 0 || (growing ? free <= 0 : free >= 0))
            {
                return;
            }

            var clamped = false;
            for (var i = 0; i < sizes.Length; i++)
            {
                if (frozen[i] || factors[i] <= 0)
                {
                    continue;
                }

                var target = basis[i] + (free * factors[i] / total);
                sizes[i] = Clamp(target, Math.Min(minimums[i], basis[i]), maximums[i] is { } max ? Math.Max(max, minimums[i]) : null);
                if (sizes[i] != target)
                {
                    frozen[i] = clamped = true;
                }
            }

            if (!clamped)
            {
                return;
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
