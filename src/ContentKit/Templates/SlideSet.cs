namespace ContentKit.Templates;

/// <summary>
/// What <c>"slides"</c> in <c>template.json</c> declares: each row becomes a carousel of a cover, one content slide per
/// item of the list field <see cref="Items"/>, and a closing slide, written as <c>NAME-1.png</c> … <c>NAME-N.png</c>.
/// Immutable; safe to share between threads.
/// </summary>
public sealed record SlideSet
{
    /// <summary>Instagram shows at most 20 slides in one post.</summary>
    public const int MaxSlides = 20;

    /// <summary>The list field (<c>type: list</c>) whose items become the content slides, one each.</summary>
    public required string Items { get; init; }

    /// <summary>The slides of one row: the cover, one per item (empty items left out), and the closing slide.</summary>
    public IReadOnlyList<Slide> Of(BoundRow row)
    {
        var items = row.Values.GetValueOrDefault(Items) is string[] list ? list.Where(i => !string.IsNullOrWhiteSpace(i)).ToList() : [];
        var count = items.Count + 2;
        return
        [
            new Slide(1, count, SlideKind.Cover, 0, null),
            .. items.Select((text, i) => new Slide(i + 2, count, SlideKind.Content, i + 1, text.Trim())),
            new Slide(count, count, SlideKind.Closing, 0, null),
        ];
    }
}
