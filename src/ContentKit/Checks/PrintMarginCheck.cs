using System.Drawing;
using ContentKit.Layout;
using ContentKit.Layout.Elements;

namespace ContentKit.Checks;

/// <summary>
/// On a paper size (<see cref="Templates.OutputFormat.Dpi"/>), anything that puts ink on the page (text, images, shapes,
/// icons, codes, charts, coloured panels, ornaments too) inside the outer margin: office printers leave 3–5 mm of every
/// edge blank and a layout for paper bleeds nowhere, so the page keeps <see cref="Millimetres"/> clear on every side.
/// </summary>
internal static class PrintMarginCheck
{
    /// <summary>The margin a print layout leaves empty on every side.</summary>
    public const float Millimetres = 15;

    public static IEnumerable<Finding> Run(IReadOnlyList<CheckedBox> boxes, CheckContext context)
    {
        if (context.Format.Dpi is not { } dpi)
        {
            yield break;
        }

        var (width, height) = (context.Format.Width, context.Format.Height);
        // Half a pixel of slack: a margin of 177.17 px is laid out at 177.17, not rounded out.
        var margin = (Millimetres * dpi / 25.4f) - 0.5f;
        var inside = RectangleF.FromLTRB(margin, margin, width - margin, height - margin);
        foreach (var entry in boxes.Where(b => Inks(b.Box)))
        {
            var ink = entry.Box.Element is TextElement
                ? TextPlacement.Lines(entry.Box).Select(l => l.Rect).Aggregate(RectangleF.Empty, (a, r) => a.IsEmpty ? r : RectangleF.Union(a, r))
                : RectangleF.Intersect(entry.Box.Bounds, entry.Visible);
            var (over, side) = GeometryCheck.Over(ink, inside);
            if (ink.IsEmpty || over <= 0.5f)
            {
                continue;
            }

            yield return context.Found(
                FindingKind.UnsafeBand,
                FindingSeverity.Error,
                entry,
                Localized.Format(Messages.Check_PrintMargin, context.Format.Name, entry.Name, (int)MathF.Ceiling(over), Millimetres, GeometryCheck.Name(side)),
                Localized.Format(Messages.Check_FixPrintMargin, (int)MathF.Ceiling(inside.Left), (int)MathF.Ceiling(inside.Top), (int)inside.Right, (int)inside.Bottom, Millimetres),
                RectangleF.Intersect(ink, new RectangleF(0, 0, width, height)),
                over);
        }
    }

    /// <summary>White panels are the paper itself; every other element with something to draw puts ink down.</summary>
    private static bool Inks(LayoutBox box) => box.Element switch
    {
        TextElement => box.Text is not null,
        SpacerElement => false,
        ContainerElement { Decoration: var d } => d.BorderWidth > 0 || d.Shadow is not null || d.Background is not (null or SolidFill { Color.A: 0 }) && d.Background is not SolidFill { Color: { R: 255, G: 255, B: 255 } },
        _ => true,
    };
}
