using System.Drawing;
using ContentKit.Layout;
using ContentKit.Layout.Elements;

namespace ContentKit.Checks;

/// <summary>
/// Content outside the canvas, or outside the box it sits in, by any amount more than half a pixel (rounding):
/// read from the arranged tree. A box is told once, its contents not again; decorative elements may leave.
/// </summary>
internal static class GeometryCheck
{
    private const float Rounding = 0.5f;

    public static IEnumerable<Finding> Run(IReadOnlyList<CheckedBox> boxes, CheckContext context)
    {
        var canvas = new RectangleF(0, 0, context.Format.Width, context.Format.Height);
        var told = new HashSet<CheckedBox>(ReferenceEqualityComparer.Instance);
        foreach (var entry in boxes)
        {
            var bounds = entry.Box.Bounds;
            if (entry.Decorative || bounds.Width <= 0 || bounds.Height <= 0 || (entry.Parent is { } up && told.Contains(up)))
            {
                if (entry.Parent is { } parent && told.Contains(parent))
                {
                    told.Add(entry);
                }

                continue;
            }

            if (Over(bounds, canvas) is { Pixels: > Rounding } outside)
            {
                told.Add(entry);
                yield return context.Found(
                    FindingKind.OutsideCanvas,
                    FindingSeverity.Error,
                    entry,
                    Localized.Format(Messages.Check_OutsideCanvas, context.Format.Name, entry.Name, Pixels(outside.Pixels), Name(outside.Side)),
                    Fixes.MakeRoom(context, entry, outside.Pixels),
                    bounds,
                    outside.Pixels);
            }
            else if (entry.Parent is { } parent && Over(bounds, Room(parent.Box, entry.Box.Element)) is { Pixels: > Rounding } clipped)
            {
                told.Add(entry);
                yield return context.Found(
                    FindingKind.Clipped,
                    FindingSeverity.Error,
                    entry,
                    Localized.Format(Messages.Check_Clipped, context.Format.Name, entry.Name, Pixels(clipped.Pixels), Name(clipped.Side), parent.Name),
                    Fixes.MakeRoom(context, entry, clipped.Pixels),
                    bounds,
                    clipped.Pixels);
            }
            else if (TextOverflow(entry.Box) is > Rounding and var below)
            {
                told.Add(entry);
                yield return context.Found(
                    FindingKind.Clipped,
                    FindingSeverity.Error,
                    entry,
                    Localized.Format(Messages.Check_TextOverflow, context.Format.Name, entry.Name, Pixels(below)),
                    Fixes.Shorten(context, entry.Field, 1 - (below / Math.Max(1, entry.Box.Text!.Height))) ?? Fixes.MakeRoom(context, entry, below),
                    new RectangleF(bounds.Left, bounds.Top, bounds.Width, bounds.Height + below),
                    below);
            }
        }
    }

    /// <summary>
    /// How far <paramref name="inner"/> reaches outside <paramref name="outer"/>, and on which side (the worst).
    /// </summary>
    internal static (float Pixels, Side Side) Over(RectangleF inner, RectangleF outer)
    {
        (float, Side)[] sides =
        [
            (outer.Top - inner.Top, Side.Top),
            (inner.Bottom - outer.Bottom, Side.Bottom),
            (outer.Left - inner.Left, Side.Left),
            (inner.Right - outer.Right, Side.Right),
        ];
        return sides.MaxBy(s => s.Item1);
    }

    /// <summary>Where a child may be: inside the padding of a flowing parent; an absolutely placed child may use the whole box.</summary>
    private static RectangleF Room(LayoutBox parent, Element child)
    {
        var bounds = parent.Bounds;
        if (child.Box.Absolute)
        {
            return bounds;
        }

        var padding = parent.Element.Box.Padding;
        return new RectangleF(bounds.Left + padding.Left, bounds.Top + padding.Top, bounds.Width - padding.Horizontal, bounds.Height - padding.Vertical);
    }

    /// <summary>How many pixels a text's lines run past the bottom of its own box (painting does not clip them).</summary>
    private static float TextOverflow(LayoutBox box) =>
        box.Element is TextElement && box.Text is { } block
            ? block.Height - (box.Bounds.Height - box.Element.Box.Padding.Vertical)
            : 0;

    private static int Pixels(float over) => (int)MathF.Ceiling(over);

    /// <summary>The edge's name in messages.</summary>
    internal static string Name(Side side) => side switch
    {
        Checks.Side.Top => Messages.Check_Side_Top,
        Checks.Side.Bottom => Messages.Check_Side_Bottom,
        Checks.Side.Left => Messages.Check_Side_Left,
        _ => Messages.Check_Side_Right,
    };
}
