namespace ContentKit.Templates;

/// <summary>
/// What <c>"slides"</c> in <c>template.json</c> declares: each row (or table) becomes a carousel of a cover, content slides
/// and a closing slide, written as <c>NAME-1.png</c> … <c>NAME-N.png</c>. The content slides come from one of three
/// places: the items of a list field (<see cref="Items"/>), named parts of one row (<see cref="Sections"/>), or the rows of
/// a table or group in balanced pages (<see cref="Rows"/>). Immutable; safe to share between threads.
/// </summary>
public sealed record SlideSet
{
    /// <summary>Instagram shows at most 20 slides in one post.</summary>
    public const int MaxSlides = 20;

    /// <summary>The list field (<c>type: list</c>) whose items become the content slides, one each; null when another source is used.</summary>
    public string? Items { get; init; }

    /// <summary>
    /// The content slides of one row by name, in order (a details slide, a slide for the long text…); a section with
    /// <see cref="SlideSection.When"/> appears only when its field is filled (and long enough). Null when another source is used.
    /// </summary>
    public IReadOnlyList<SlideSection>? Sections { get; init; }

    /// <summary>For table and group bindings: each page of rows (<c>page_size</c> for the format, pages balanced) is one content slide.</summary>
    public bool Rows { get; init; }

    /// <summary>The formats that are carousels (e.g. one named <c>carousel</c>); the others stay single images. Null: every format.</summary>
    public IReadOnlyList<string>? Formats { get; init; }

    /// <summary>True when <paramref name="format"/> renders as a carousel.</summary>
    public bool Covers(string format) => Formats is null || Formats.Contains(format, StringComparer.Ordinal);

    /// <summary>The slides of one row: the cover, one per item or section shown, and the closing slide.</summary>
    public IReadOnlyList<Slide> Of(BoundRow row)
    {
        if (Sections is { } sections)
        {
            var shown = sections.Where(s => s.Shows(row)).Select(s => s.Name).ToList();
            return Series(shown.Count, (number, count, i) => new Slide(number, count, SlideKind.Content, i + 1, null) { Section = shown[i], Sections = shown });
        }

        var items = Items is { } field && row.Values.GetValueOrDefault(field) is string[] list ? list.Where(i => !string.IsNullOrWhiteSpace(i)).ToList() : [];
        return Series(items.Count, (number, count, i) => new Slide(number, count, SlideKind.Content, i + 1, items[i].Trim()));
    }

    /// <summary>A cover, <paramref name="contents"/> content slides made by <paramref name="content"/> (number, count, index), and a closing slide.</summary>
    internal static IReadOnlyList<Slide> Series(int contents, Func<int, int, int, Slide> content)
    {
        var count = contents + 2;
        return
        [
            new Slide(1, count, SlideKind.Cover, 0, null),
            .. Enumerable.Range(0, contents).Select(i => content(i + 2, count, i)),
            new Slide(count, count, SlideKind.Closing, 0, null),
        ];
    }
}
