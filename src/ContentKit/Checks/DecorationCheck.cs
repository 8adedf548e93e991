using ContentKit.Layout;
using ContentKit.Layout.Elements;

namespace ContentKit.Checks;

/// <summary>Elements marked <c>decorative</c> (rings, glows, arcs) whose box lies over a line of text: one warning per ornament.</summary>
internal static class DecorationCheck
{
    public static IEnumerable<Finding> Run(IReadOnlyList<CheckedBox> boxes, CheckContext context)
    {
        var lines = boxes.Where(b => !b.Decorative && b.Box.Element is TextElement)
            .SelectMany(b => TextPlacement.Lines(b.Box).Select(l => (Text: b, l.Rect)))
            .ToList();
        foreach (var ornament in boxes.Where(b => b.Box.Element.Box.Decorative && !(b.Parent?.Decorative ?? false)))
        {
            var bounds = ornament.Visible;
            if (lines.FirstOrDefault(l => !l.Rect.IsEmpty && l.Rect.IntersectsWith(bounds) && Covers(ornament.Box, l.Rect)) is { Text: { } text } line)
            {
                var overlap = System.Drawing.RectangleF.Intersect(bounds, line.Rect);
                yield return context.Found(
                    FindingKind.DecorationOverText,
                    FindingSeverity.Warning,
                    ornament,
                    Localized.Format(Messages.Check_Decoration, context.Format.Name, ornament.Name, text.Name),
                    Messages.Check_FixDecoration,
                    overlap) with { Field = text.Field };
            }
        }
    }

    /// <summary>
    /// Whether the ornament's painted shape reaches the rectangle: a circle only where its disc (or, drawn as a ring,
    /// its band) is, not in the corners of its box; anything else by its box.
    /// </summary>
    private static bool Covers(LayoutBox ornament, System.Drawing.RectangleF rect)
    {
        if (ornament.Element is not ShapeElement { Kind: ShapeKind.Circle } circle)
        {
            return true;
        }

        var b = ornament.Bounds;
        var (cx, cy, rx, ry) = (b.X + (b.Width / 2), b.Y + (b.Height / 2), b.Width / 2, b.Height / 2);
        if (rx <= 0 || ry <= 0)
        {
            return false;
        }

        // The rectangle's point nearest the centre lies inside the ellipse exactly when the two meet.
        var (nx, ny) = (Math.Clamp(cx, rect.Left, rect.Right), Math.Clamp(cy, rect.Top, rect.Bottom));
        if (Normalised(nx, ny) > 1)
        {
            return false;
        }

        // A ring leaves its middle empty: a rectangle wholly inside the inner edge is not covered.
        var band = circle.Fill is null ? circle.StrokeWidth : float.PositiveInfinity;
        if (band >= Math.Min(rx, ry))
        {
            return true;
        }

        var (irx, iry) = (rx - band, ry - band);
        return !new[] { (rect.Left, rect.Top), (rect.Right, rect.Top), (rect.Left, rect.Bottom), (rect.Right, rect.Bottom) }
            .All(p => Square((p.Item1 - cx) / irx) + Square((p.Item2 - cy) / iry) < 1);

        float Normalised(float x, float y) => Square((x - cx) / rx) + Square((y - cy) / ry);
    }

    private static float Square(float v) => v * v;
}
