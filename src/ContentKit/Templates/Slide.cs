namespace ContentKit.Templates;

/// <summary>One slide of a carousel: its place in the series, its part, and for a content slide the list item it shows. Immutable; safe to share between threads.</summary>
/// <param name="Number">The slide's place, from 1 (the cover).</param>
/// <param name="Count">How many slides the series has, cover and closing included.</param>
/// <param name="Kind">Cover, content or closing.</param>
/// <param name="Item">For a content slide, its item's place in the list field, from 1; 0 otherwise.</param>
/// <param name="Text">For a content slide, its item's text; null otherwise.</param>
public sealed record Slide(int Number, int Count, SlideKind Kind, int Item, string? Text);
