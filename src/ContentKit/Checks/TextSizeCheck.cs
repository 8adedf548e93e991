using ContentKit.Layout.Elements;

namespace ContentKit.Checks;

/// <summary>
/// Text below the brand's smallest size for the format (<see cref="Templates.BrandKit.MinTextSize"/>), and text that
/// fitting shrank or cut. A shrink under 1 px or 5% is no finding (28 → 27.9 px is invisible); a cut is an error.
/// </summary>
internal static class TextSizeCheck
{
    public static IEnumerable<Finding> Run(IReadOnlyList<CheckedBox> boxes, CheckContext context)
    {
        foreach (var entry in boxes.Where(b => b.Box is { Element: TextElement, Text: not null }))
        {
            var text = (TextElement)entry.Box.Element;
            var block = entry.Box.Text!;
            var format = context.Format.Name;
            var smallest = block.Lines.SelectMany(l => l.Words).SelectMany(w => w.Word.Runs).Select(r => r.Style.Size).DefaultIfEmpty(block.Size).Min();
            if (block.HiddenCharacters > 0)
            {
                var length = text.Text.Length;
                yield return context.Found(
                    FindingKind.TextCut,
                    FindingSeverity.Error,
                    entry,
                    Localized.Format(Messages.Check_TextCut, format, entry.Name, block.HiddenCharacters, length),
                    Fixes.Shorten(context, entry.Field, 1 - (block.HiddenCharacters / (float)Math.Max(1, length))) ?? Localized.Format(Messages.Check_FixRoom, entry.Name));
            }
            else if (TextReport.ReallyShrunk(block.RequestedSize, block.Size))
            {
                // Text area grows with the square of the size: keeping the asked size holds about (size / asked)² of the text.
                var share = block.Size / block.RequestedSize;
                yield return context.Found(
                    FindingKind.TextShrunk,
                    FindingSeverity.Warning,
                    entry,
                    Localized.Format(Messages.Check_TextShrunk, format, entry.Name, block.RequestedSize, MathF.Round(block.Size, 1)),
                    Fixes.Shorten(context, entry.Field, share * share) ?? Localized.Format(Messages.Check_FixRoom, entry.Name));
            }

            if (context.MinTextSize is { } min && smallest < min - 0.05f)
            {
                yield return context.Found(
                    FindingKind.SmallText,
                    FindingSeverity.Warning,
                    entry,
                    Localized.Format(context.Format.IsPrint ? Messages.Check_SmallTextPrint : Messages.Check_SmallText, format, entry.Name, MathF.Round(smallest, 1), min),
                    Localized.Format(Messages.Check_FixSmallText, min));
            }
        }
    }
}
