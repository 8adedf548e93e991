namespace ContentKit.Templates;

/// <summary>One slide of a carousel: its place in the series, its part, and for a content slide what it shows. Immutable; safe to share between threads.</summary>
/// <param name="Number">The slide's place, from 1 (the cover).</param>
/// <param name="Count">How many slides the series has, cover and closing included.</param>
/// <param name="Kind">Cover, content or closing.</param>
/// <param name="Item">For a content slide, its place among the content slides, from 1 (the list item, section or page of rows); 0 otherwise.</param>
/// <param name="Text">For a content slide made from a list field, its item's text; null otherwise.</param>
public sealed record Slide(int Number, int Count, SlideKind Kind, int Item, string? Text)
{
    /// <summary>For a content slide made from a section of the row, the section's name; null otherwise.</summary>
    public string? Section { get; init; }

    /// <summary>For a series made from sections, the names of the sections it shows, in order; empty otherwise.</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];
}
