using System.Globalization;
using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>
/// The problems <see cref="SheetValidator"/> finds itself, with their sentences from <see cref="Messages"/>; and how a
/// library error becomes what is wrong and how to fix it, in whichever language the error was written.
/// </summary>
internal static class ValidationMessages
{
    public static ValidationProblem UnknownFormat(Template template, string name) => new(
        null,
        null,
        name,
        Localized.Format(Messages.Check_UnknownFormat, template.Id, name, NearestName.Hint(name, template.Manifest.Formats.Select(f => f.Name))),
        Localized.Format(Messages.Check_UnknownFormat_Fix, string.Join(", ", template.Manifest.Formats.Select(f => f.Name))));

    public static ValidationProblem MissingColumn(Template template, string field, IReadOnlyList<string> columns) => new(
        null,
        field,
        null,
        Localized.Format(Messages.Check_MissingColumn, field, template.Id),
        Localized.Format(Messages.Check_MissingColumn_Fix, field, string.Join(", ", columns)));

    public static ValidationProblem NoRows() => new(null, null, null, Messages.Check_NoRows, Messages.Check_NoRows_Fix);

    public static ValidationProblem MissingCharacters(int row, string column, string? value, IReadOnlyList<string> characters) => new(
        row,
        column,
        value,
        Localized.Format(characters.Count == 1 ? Messages.Check_MissingCharacter : Messages.Check_MissingCharacters, column, string.Join(", ", characters.Select(CodePoints))),
        characters.Count == 1 ? Messages.Check_MissingCharacter_Fix : Messages.Check_MissingCharacters_Fix);

    /// <summary>
    /// The narrowest photo a format takes without looking blurry: half its width on a screen (at most twice enlarged), and on
    /// paper 125 dots to the inch across the page (1034 px for A4, 1462 for A3), enough for a notice read at arm's length.
    /// </summary>
    public static int PhotoWidthNeeded(OutputFormat format) =>
        format.Dpi is { } dpi ? (int)Math.Ceiling(format.Width * 125.0 / dpi) : (format.Width + 1) / 2;

    public static ValidationProblem SmallImage(int row, string column, string value, int width, OutputFormat format) => new(
        row,
        column,
        value,
        Localized.Format(Messages.Check_SmallImage, value, width, format.Name, format.Width),
        Localized.Format(Messages.Check_SmallImage_Fix, PhotoWidthNeeded(format)));

    public static ContentKitException Unexpected(Exception e) => new(Localized.Format(Messages.Batch_Unexpected, e.GetType().Name, e.Message), null, e);

    /// <summary>The fix to suggest when a library message carries none.</summary>
    public static string FallbackHint(FieldType? type, string? column) => (type, column) switch
    {
        (FieldType.Image, _) => Messages.Check_Image_Fix,
        (_, null) => Messages.Check_Row_Fix,
        _ => Messages.Check_Cell_Fix,
    };

    /// <summary>
    /// What is wrong and how to fix it, each as a sentence: an error built with a fix
    /// (<see cref="ContentKitException.WithFix"/>) keeps the two apart, so no sentence is parsed.
    /// </summary>
    public static (string Message, string? Hint) Split(ContentKitException error) =>
        error.Fix is { } fix
            ? (Sentence(error.Problem.TrimEnd().TrimEnd(';', ',', ':')), Sentence(fix))
            : (Sentence(error.Message), null);

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

    /// <summary><c>U+E000</c>; a cluster of several code points (an emoji sequence) as <c>U+1F469 U+200D U+1F4BB</c>.</summary>
    private static string CodePoints(string cluster) =>
        string.Join(" ", cluster.EnumerateRunes().Select(r => $"U+{r.Value:X4}"));
}
