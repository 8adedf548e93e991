namespace ContentKit.Layout.Elements;

/// <summary>A paragraph of text in one style. Line breaks in the text are kept; other white space collapses.</summary>
internal sealed record TextElement : Element
{
    public required string Text { get; init; }

    public TextStyle Style { get; init; } = TextStyle.Default;
}
