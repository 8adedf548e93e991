using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout;

/// <summary>
/// What gives way when a column's children are too tall for it, in order: the empty space of boxes and spacers
/// with a set height (down to their content; it costs nothing), then text that may shrink (to its
/// <c>min-size</c>), then photos, charts and shapes
/// (cover-cropped or scaled to half their height, or their <c>min-height</c>). Text that may not shrink, icons, QR codes and
/// anything with <c>shrink="0"</c> keep their size. What still does not fit overflows its container, which then clips
/// it and records by how much (<see cref="LayoutBox.Overflow"/>).
/// </summary>
internal sealed partial class LayoutEngine
{
    private readonly Dictionary<(Element, float), float>[] _floors = [.. Enumerable.Range(0, 3).Select(_ => new Dictionary<(Element, float), float>(new MeasureKeyComparer()))];

    /// <summary>Shrinks <paramref name="heights"/> tier by tier until they fit <paramref name="available"/> or nothing more gives way.</summary>
    private void ShrinkInOrder(float[] heights, List<Element> flow, float[] widths, float available, float? parentHeight, float?[] maximums)
    {
        foreach (var tier in (ReadOnlySpan<GiveWay>)[GiveWay.Boxes, GiveWay.Text, GiveWay.Photos])
        {
            if (heights.Sum() <= available + 0.01f)
            {
                return;
            }

            var floors = flow.Select((child, i) => child.Box.Shrink > 0 ? Floor(child, widths[i], parentHeight, tier) : heights[i]).ToArray();
            Distribute(heights, flow, available, floors, maximums);
        }
    }

    /// <summary>The smallest height <paramref name="element"/> can take at <paramref name="width"/> once everything up to <paramref name="tier"/> gives way.</summary>
    private float Floor(Element element, float width, float? parentHeight, GiveWay tier)
    {
        var preferred = Height(element, width, parentHeight);
        var minimum = element.Box.MinHeight.Resolve(parentHeight) ?? 0;
        if (element.Box.Shrink <= 0)
        {
            return preferred;
        }

        var sized = !element.Box.Height.IsAuto || element.Box.AspectRatio is not null;
        var floor = element switch
        {
            SpacerElement => tier >= GiveWay.Boxes ? 0 : preferred,
            ImageElement or ChartElement or ShapeElement => tier >= GiveWay.Photos ? preferred / 2 : preferred,
            TextElement when sized && tier < GiveWay.Boxes => preferred,
            TextElement t => element.Box.Padding.Vertical + (tier >= GiveWay.Text && t.Style.Fit == TextFit.Shrink
                ? text.SmallestHeight(t, Math.Max(0, width - element.Box.Padding.Horizontal), TextCache)
                : ContentHeight(element, width) - element.Box.Padding.Vertical),
            ContainerElement when sized && tier < GiveWay.Boxes => preferred,
            ContainerElement container => ContentFloor(container, width, tier),
            _ => preferred,
        };

        return Math.Min(preferred, Math.Max(minimum, floor));
    }

    private float ContentFloor(ContainerElement container, float width, GiveWay tier)
    {
        var key = (container, width);
        var cache = _floors[(int)tier];
        if (cache.TryGetValue(key, out var floor))
        {
            return floor;
        }

        var inner = Math.Max(0, width - container.Box.Padding.Horizontal);
        var flow = container.Children.Where(InFlow).ToList();
        var floors = container.Kind switch
        {
            ContainerKind.Row => RowWidths(container, flow, inner, null).Select((w, i) => Floor(flow[i], w, null, tier)),
            _ => flow.Select(child => Floor(child, CrossWidth(container, child, inner), null, tier)),
        };
        floor = container.Box.Padding.Vertical + (container.Kind == ContainerKind.Column
            ? floors.Sum() + Gaps(container, flow.Count)
            : floors.DefaultIfEmpty(0).Max());
        cache[key] = floor;
        return floor;
    }

    /// <summary>How far shrinking may go, each tier including the ones before it.</summary>
    private enum GiveWay
    {
        Boxes,
        Text,
        Photos,
    }
}
