using System.Collections.Immutable;

namespace ContentKit.Text;

/// <summary>
/// What <see cref="TextEngine"/> breaks into lines: spans of inline-styled text in one paragraph style. The layout's
/// text element is one; the interface lets Text break it without knowing about the element tree above it.
/// </summary>
internal interface IParagraph
{
    ImmutableArray<TextSpan> Spans { get; }

    TextStyle Style { get; }
}
