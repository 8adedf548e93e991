using System.Text.RegularExpressions;
using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Templates;

namespace ContentKit;

/// <summary>
/// Finds text the layout had to cut (<c>max-lines</c>) and names the field it came from, so a reviewer
/// knows before posting. The field is the one whose value the cut text contains.
/// </summary>
internal static partial class TextCuts
{
    public static IReadOnlyList<ContentKitException> Find(LayoutBox root, BoundRow row, string formatName)
    {
        var warnings = new List<ContentKitException>();
        foreach (var box in root.Descendants().Where(b => b.Text is { HiddenCharacters: > 0 }))
        {
            var text = (TextElement)box.Element;
            var field = row.Values.FirstOrDefault(kv => kv.Value is string value && Contains(text.Text, value)).Key;
            var what = field is null ? $"text \"{Shorten(text.Text)}\"" : $"'{field}'";
            warnings.Add(new ContentKitException(
                $"{what} was cut to fit the {formatName} format: {box.Text!.HiddenCharacters} characters are hidden. Shorten it, or check the image before posting.",
                new ErrorLocation(Row: row.RowNumber, Column: field)));
        }

        return warnings;
    }

    private static bool Contains(string text, string value)
    {
        var needle = Spaces().Replace(value.Trim(), " ");
        return needle.Length > 0 && Spaces().Replace(text, " ").Contains(needle[..Math.Min(needle.Length, 40)], StringComparison.OrdinalIgnoreCase);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
