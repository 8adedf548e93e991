using System.Collections.Immutable;

namespace ContentKit.Text;

/// <summary>
/// A paragraph broken into lines at one width: what layout measures and painting draws.
/// Positions are pixels from the block's top-left corner, before alignment.
/// </summary>
internal sealed record TextBlock(ImmutableArray<TextLine> Lines, float Size, float LetterSpacing, float Width, float Height)
{
    /// <summary>Characters cut off by <c>max-lines</c> (0 when everything fits).</summary>
    public int HiddenCharacters { get; init; }
}

/// <summary>One line: its words with their x positions, its width, and its baseline from the block top.</summary>
internal sealed record TextLine(ImmutableArray<PlacedWord> Words, float Width, float Baseline);

internal readonly record struct PlacedWord(ShapedText Shaped, float X);
