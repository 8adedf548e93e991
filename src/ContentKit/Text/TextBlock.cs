using System.Collections.Immutable;

namespace ContentKit.Text;

/// <summary>
/// A paragraph broken into lines at one width: what layout measures and painting draws.
/// Positions are pixels from the block's top-left corner, before alignment.
/// </summary>
internal sealed record TextBlock(ImmutableArray<TextLine> Lines, float Width, float Height)
{
    /// <summary>The size the template asked for.</summary>
    public float RequestedSize { get; init; }

    /// <summary>The size used: smaller than <see cref="RequestedSize"/> when the text was shrunk to fit.</summary>
    public float Size { get; init; }

    /// <summary>Characters cut off by <c>max-lines</c> or by the box's height (0 when everything fits).</summary>
    public int HiddenCharacters { get; init; }

    /// <summary>Words too long for a line that had to be broken between letters.</summary>
    public int BrokenWords { get; init; }

    /// <summary>Characters none of the bundled fonts has; they show as boxes.</summary>
    public ImmutableArray<string> MissingCharacters { get; init; } = [];

    public bool Shrunk => Size < RequestedSize - 0.01f;
}

/// <summary>One line: its words in visual order with x positions, its width, its box and baseline from the block top.</summary>
internal sealed record TextLine(ImmutableArray<PlacedWord> Words, float Width, float Top, float Height, float Baseline)
{
    /// <summary>True when the line's paragraph is right to left (its first letter is Arabic): it aligns right by default.</summary>
    public bool RightToLeft { get; init; }
}

/// <summary>A word on a line; <see cref="X"/> is where its first run starts.</summary>
internal readonly record struct PlacedWord(Word Word, float X)
{
    /// <summary>The runs with their x positions, left to right: a right-to-left word shows its runs in reverse order.</summary>
    public IEnumerable<(TextRun Run, float X)> Runs()
    {
        var x = X;
        foreach (var run in Word.RightToLeft ? Word.Runs.Reverse() : Word.Runs)
        {
            yield return (run, x);
            x += run.Width;
        }
    }
}
