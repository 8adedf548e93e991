using System.Drawing;
using ContentKit.Layout;
using ContentKit.Layout.Elements;

namespace ContentKit.Checks;

/// <summary>
/// Content (text lines, QR codes, icons, logos and other images under a quarter of the canvas (a photo panel is a background), charts) in the bands of a
/// format the platform's interface covers (<see cref="Templates.OutputFormat.Unsafe"/>). Backgrounds and ornaments may.
/// </summary>
internal static class UnsafeBandCheck
{
    public static IEnumerable<Finding> Run(IReadOnlyList<CheckedBox> boxes, CheckContext context)
    {
        if (context.Format.Unsafe is not { } bands)
        {
            yield break;
        }

        var (width, height) = (context.Format.Width, context.Format.Height);
        var safe = RectangleF.FromLTRB(bands.Left, bands.Top, width - bands.Right, height - bands.Bottom);
        foreach (var entry in boxes.Where(b => !b.Decorative && IsContent(b.Box, width * height)))
        {
            var ink = entry.Box.Element is TextElement
                ? TextPlacement.Lines(entry.Box).Select(l => l.Rect).Aggregate(RectangleF.Empty, (a, r) => a.IsEmpty ? r : RectangleF.Union(a, r))
                : entry.Box.Bounds;
            var (over, side) = GeometryCheck.Over(ink, safe);
            if (ink.IsEmpty || over <= 0.5f)
            {
                continue;
            }

            var band = side switch
            {
                Side.Top => RectangleF.FromLTRB(0, 0, width, safe.Top),
                Side.Bottom => RectangleF.FromLTRB(0, safe.Bottom, width, height),
                Side.Left => RectangleF.FromLTRB(0, 0, safe.Left, height),
                _ => RectangleF.FromLTRB(safe.Right, 0, width, height),
            };
            yield return context.Found(
                FindingKind.UnsafeBand,
                FindingSeverity.Warning,
                entry,
                Localized.Format(Messages.Check_UnsafeBand, context.Format.Name, entry.Name, (int)MathF.Ceiling(over), GeometryCheck.Name(side)),
                Localized.Format(Messages.Check_FixUnsafeBand, (int)safe.Left, (int)safe.Top, (int)safe.Right, (int)safe.Bottom),
                RectangleF.Intersect(ink, band),
                over);
        }
    }

    private static bool IsContent(LayoutBox box, float canvas) => box.Element switch
    {
        TextElement => box.Text is not null,
        QrElement or IconElement or ChartElement => true,
        ImageElement => box.Bounds.Width * box.Bounds.Height < canvas / 4,
        _ => false,
    };
}
