using System.Text.RegularExpressions;
using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Templates;

namespace ContentKit;

/// <summary>
/// Collects what the layout did to a row's text (shrunk, cut, characters without a font) and names the field
/// each text came from: the element's <c>field</c> attribute, else the field whose value the text contains.
/// </summary>
internal static partial class TextReport
{
    public static RenderResult Collect(LayoutBox root, RenderUnit unit, string format)
    {
        // For outputs of many rows, problems are reported on the first row of the output.
        var row = unit.Rows.Count > 0 ? unit.Rows[0] : new BoundRow(0, new Dictionary<string, object?>(), []);
        var values = unit.Rows.SelectMany(r => r.Values).ToList();
        var adjustments = new List<TextAdjustment>();
        var warnings = new List<ContentKitException>();
        foreach (var box in root.Descendants().Where(b => b.Text is not null))
        {
            var text = (TextElement)box.Element;
            var block = box.Text!;
            var field = text.Field ?? values.FirstOrDefault(kv => kv.Value is string value && Contains(text.Text, value)).Key;
            var what = field is null ? Localized.Format(Messages.TextReport_UnnamedText, Excerpt.Of(text.Text, 40)) : $"'{field}'";
            var location = new ErrorLocation(Row: row.RowNumber, Column: field);
            if (block.Shrunk || block.HiddenCharacters > 0)
            {
                var adjustment = new TextAdjustment(field, format, block.RequestedSize, MathF.Round(block.Size, 1), block.HiddenCharacters);
                adjustments.Add(adjustment);
                warnings.Add(new ContentKitException(adjustment.Describe(), location));
            }

            foreach (var character in block.MissingCharacters)
            {
                var codes = string.Join(" ", character.EnumerateRunes().Select(r => $"U+{r.Value:X4}"));
                warnings.Add(new ContentKitException(Localized.Format(Messages.TextReport_MissingCharacter, what, character, codes), location));
            }
        }

        return new RenderResult(adjustments, warnings);
    }

    private static bool Contains(string text, string value)
    {
        // Emphasis stars in a value are not in the laid-out text.
        var needle = Spaces().Replace(value.Replace("*", "", StringComparison.Ordinal).Trim(), " ");
        return needle.Length > 0 && Spaces().Replace(text, " ").Contains(needle[..Math.Min(needle.Length, 40)], StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
