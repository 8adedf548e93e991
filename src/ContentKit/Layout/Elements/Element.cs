using System.Collections.Immutable;

namespace ContentKit.Layout.Elements;

/// <summary>
/// A node of the element tree read from layout markup. Elements are immutable descriptions;
/// the layout engine turns them into positioned boxes.
/// </summary>
internal abstract record Element
{
    /// <summary>The markup name (<c>row</c>, <c>text</c>…), used in error messages.</summary>
    public required string Name { get; init; }

    /// <summary>The markup line the element starts on (1-based, 0 when built in code).</summary>
    public int Line { get; init; }

    public BoxStyle Box { get; init; } = BoxStyle.Default;

    /// <summary>
    /// The row's fields the element shows, in order: for a text, those the template wrote into it (or its declared
    /// <c>field</c>); for an image or QR code, those in its <c>src</c> or <c>data</c>. Empty for literal content.
    /// </summary>
    public ImmutableArray<string> Fields { get; init; } = [];
}
