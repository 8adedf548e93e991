namespace ContentKit.Checks;

/// <summary>
/// One problem the design check (or layout) found in a rendered output: what, where on the image and in the
/// template, which field's content caused it, and what to change. Messages are in the UI language.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Severity">An error rejects the output; a warning is reported.</param>
/// <param name="Format">The output format (<c>feed</c>, <c>story</c>…).</param>
/// <param name="Element">The element's path in the layout, e.g. <c>column/box/text[isi]</c>.</param>
/// <param name="Message">What is wrong, naming the element and format.</param>
/// <param name="Fix">What to change, e.g. which field to shorten and to about how many characters.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record Finding(FindingKind Kind, FindingSeverity Severity, string Format, string Element, string Message, string Fix)
{
    /// <summary>The spreadsheet row (header = 1) the output shows first; null when not from a row.</summary>
    public int? Row { get; init; }

    /// <summary>The field whose content is involved, when known.</summary>
    public string? Field { get; init; }

    /// <summary>The line of the template's layout file that wrote the element, when known.</summary>
    public int? TemplateLine { get; init; }

    /// <summary>Where on the output the problem is, in pixels; null when it has no one place.</summary>
    public FindingArea? Area { get; init; }

    /// <summary>How many pixels the content reaches past its box or the canvas; 0 for other kinds.</summary>
    public int PixelsOver { get; init; }

    /// <summary>True for an error.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsError => Severity == FindingSeverity.Error;

    /// <summary>The finding as a message with its location: "row 5, column 'isi': …. Fix.".</summary>
    public ContentKitException ToException(string? templateFile = null) =>
        new($"{Message} {Fix}", new ErrorLocation(File: TemplateLine is null ? null : templateFile, Row: Row, Column: Field, Line: TemplateLine));
}
