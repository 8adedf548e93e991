using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Templates;

namespace ContentKit.Checks;

/// <summary>
/// Collects what the layout did to a row's text (shrunk, cut, characters without a font) and names the fields
/// each text came from, as the markup writer marked them (<see cref="Element.Fields"/>): nothing is guessed from the words.
/// The design check (<see cref="TextSizeCheck"/>) tells the same shrinks and cuts as findings.
/// </summary>
internal static class TextReport
{
    /// <summary>A shrink a reader can see: at least 1 px and 5% of the asked size. 28 → 27.9 px is not one.</summary>
    public static bool ReallyShrunk(float requested, float size) => requested - size >= 1 && requested - size >= requested * 0.05f;

    /// <param name="root">The laid-out output.</param>
    /// <param name="unit">The rows it shows.</param>
    /// <param name="format">The format's name.</param>
    /// <param name="adjustmentsAsWarnings">True for a video, which the design check does not see: its shrinks and cuts become warnings.</param>
    /// <returns>What a <see cref="RenderResult"/> says about the text; the renderer adds the design check's findings.</returns>
    public static (IReadOnlyList<TextAdjustment> Adjustments, IReadOnlyList<Diagnostic> Warnings) Collect(LayoutBox root, RenderUnit unit, string format, bool adjustmentsAsWarnings = false)
    {
        // For outputs of many rows, problems are reported on the first row of the output.
        var row = unit.Rows.Count > 0 ? unit.Rows[0] : new BoundRow(0, new Dictionary<string, object?>(), []);
        var adjustments = new List<TextAdjustment>();
        var warnings = new List<Diagnostic>();
        foreach (var box in root.Descendants().Where(b => b.Text is not null))
        {
            var text = (TextElement)box.Element;
            var block = box.Text!;
            var field = text.Fields.FirstOrDefault();
            var what = field is null ? Localized.Format(Messages.TextReport_UnnamedText, Excerpt.Of(text.Text, 40)) : string.Join(", ", text.Fields.Select(f => $"'{f}'"));
            var location = new ErrorLocation(Row: row.RowNumber, Column: field);
            if (ReallyShrunk(block.RequestedSize, block.Size) || block.HiddenCharacters > 0)
            {
                var adjustment = new TextAdjustment(field, format, block.RequestedSize, MathF.Round(block.Size, 1), block.HiddenCharacters) { Fields = text.Fields };
                adjustments.Add(adjustment);
                if (adjustmentsAsWarnings)
                {
                    warnings.Add(new Diagnostic(Diagnostic.TextAdjusted, adjustment.Describe(), location));
                }
            }

            foreach (var character in block.MissingCharacters)
            {
                var codes = string.Join(" ", character.EnumerateRunes().Select(r => $"U+{r.Value:X4}"));
                warnings.Add(new Diagnostic(Diagnostic.MissingCharacter, Localized.Format(Messages.TextReport_MissingCharacter, what, character, codes), location));
            }
        }

        return (adjustments, warnings);
    }
}
