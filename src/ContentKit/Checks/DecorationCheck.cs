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
            var bounds = ornament.Box.Bounds;
            if (lines.FirstOrDefault(l => l.Rect.IntersectsWith(bounds) && !l.Rect.IsEmpty) is { Text: { } text } line)
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
}
