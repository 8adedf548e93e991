using System.Globalization;
using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>
/// Every sentence <see cref="SheetValidator"/> shows a user, in one place so it can be translated; and the rule
/// that splits a library error ("… is not a date; write it like 17/08/2026") into what is wrong and how to fix it.
/// </summary>
internal static class ValidationMessages
{
    /// <summary>The words a fix starts with in the library's messages: the imperative after "; " or ". ".</summary>
    private static readonly string[] FixVerbs =
        ["add", "check", "convert", "fill", "make", "open", "put", "remove", "rename", "replace", "save", "shorten", "use", "write"];

    public static ValidationProblem UnknownFormat(Template template, string name) => new(
        null,
        null,
        name,
        $"Template '{template.Id}' has no format '{name}'.{Layout.Markup.NearestName.Hint(name, template.Manifest.Formats.Select(f => f.Name))}",
        $"Use one of its formats: {string.Join(", ", template.Manifest.Formats.Select(f => f.Name))}.");

    public static ValidationProblem MissingColumn(Template template, string field, IReadOnlyList<string> columns) => new(
        null,
        field,
        null,
        $"The sheet has no column '{field}', which template '{template.Id}' requires.",
        $"Add a column headed '{field}', or rename a header to it. The sheet's columns are: {string.Join(", ", columns)}.");

    public static ValidationProblem NoRows() => new(
        null,
        null,
        null,
        "The sheet has no data rows under its header.",
        "Add one row for each infographic below the header row.");

    public static ValidationProblem MissingCharacters(int row, string column, string? value, IReadOnlyList<string> characters) => new(
        row,
        column,
        value,
        $"'{column}' has {(characters.Count == 1 ? "a character" : "characters")} no bundled font can draw: {string.Join(", ", characters.Select(CodePoints))}.",
        characters.Count == 1
            ? "Remove or replace it; it would print as an empty box."
            : "Remove or replace them; they would print as empty boxes.");

    public static ValidationProblem SmallImage(int row, string column, string value, int width, OutputFormat format) => new(
        row,
        column,
        value,
        $"{value} is {width} px wide; the {format.Name} format is {format.Width} px, so it will look blurry.",
        $"Use a photo at least {(format.Width + 1) / 2} px wide.");

    public static ContentKitException Unexpected(Exception e) => new($"unexpected error ({e.GetType().Name}): {e.Message}", null, e);

    /// <summary>The fix to suggest when a library message carries none.</summary>
    public static string FallbackHint(FieldType? type, string? column) => (type, column) switch
    {
        (FieldType.Image, _) => "Check the file name, and keep the photo in the spreadsheet's folder or a folder inside it.",
        (_, null) => "Correct this row in the spreadsheet.",
        _ => "Correct this cell in the spreadsheet.",
    };

    /// <summary>
    /// Splits "<c>'31/02/2026' is not a date; write it like 17/08/2026</c>" at the first "; " or ". " (outside
    /// parentheses, which may quote a decoder's own sentences) that a fix verb follows.
    /// </summary>
    public static (string Message, string? Hint) Split(string message)
    {
        var depth = 0;
        for (var i = 0; i + 2 < message.Length; i++)
        {
            switch (message[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '.' or ';' when depth == 0 && message[i + 1] == ' ' && StartsWithFixVerb(message, i + 2):
                    return (Sentence(message[..i]), Sentence(message[(i + 2)..]));
            }
        }

        return (Sentence(message), null);
    }

    /// <summary>Starts with a capital and ends with a full stop, whichever way the library wrote it.</summary>
    private static string Sentence(string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return text;
        }

        text = char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
        return text[^1] is '.' or '?' or '!' or ')' ? text : text + ".";
    }

    private static bool StartsWithFixVerb(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text[start..end];
        return FixVerbs.Any(v => v.Equals(word, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary><c>U+E000</c>; a cluster of several code points (an emoji sequence) as <c>U+1F469 U+200D U+1F4BB</c>.</summary>
    private static string CodePoints(string cluster) =>
        string.Join(" ", cluster.EnumerateRunes().Select(r => $"U+{r.Value:X4}"));
}
