using System.Collections.Immutable;
using ContentKit.Text;

namespace ContentKit.Layout.Elements;

/// <summary>
/// A paragraph: spans of inline-styled text in one paragraph style. Line breaks in the text are kept;
/// other white space collapses.
/// </summary>
internal sealed record TextElement : Element, IParagraph
{
    public required ImmutableArray<TextSpan> Spans { get; init; }

    public TextStyle Style { get; init; } = TextStyle.Default;

    /// <summary>The whole text without styling.</summary>
    public string Text => string.Concat(Spans.Select(s => s.Text));

    /// <summary>A plain paragraph of one span.</summary>
    public static TextElement Plain(string text, TextStyle? style = null) =>
        new() { Name = "text", Spans = [new TextSpan(text, SpanStyle.Plain)], Style = style ?? TextStyle.Default };
}
