namespace ContentKit.Batch;

/// <summary>A carousel a row made in one format: its slides in posting order. Immutable; safe to share between threads.</summary>
/// <param name="Format">The format all its slides share.</param>
/// <param name="Count">How many slides it has, cover and closing included.</param>
/// <param name="Slides">The slide files, relative to the output folder, from the cover (<c>NAME-1</c>) to the closing slide (<c>NAME-N</c>).</param>
public sealed record Carousel(string Format, int Count, IReadOnlyList<string> Slides);
