using System.Collections.Immutable;

namespace ContentKit.Text;

/// <summary>
/// Text between two spaces: one or more runs (a word may change style or font mid-way, as in
/// <c>*Blitar*!</c> or a word followed by an emoji). <see cref="SpaceBefore"/> is the width of the space
/// that separates it from the previous word on a line.
/// </summary>
internal sealed record Word(ImmutableArray<TextRun> Runs, float SpaceBefore)
{
    public float Width => Runs.Sum(r => r.Width);

    /// <summary>Characters in the word, counting the space before it, for "how much was cut" reports.</summary>
    public int Characters => Runs.Sum(r => r.Shaped.Text.Length) + 1;

    /// <summary>True for a word whose first letter is of a right-to-left script (Arabic); bidi ordering reverses such words.</summary>
    public bool RightToLeft => Runs.FirstOrDefault(r => r.Shaped.HasLetters) is { Shaped.RightToLeft: true };

    /// <summary>True when the word has a letter, so it sets a direction; numbers, punctuation and emoji do not.</summary>
    public bool Strong => Runs.Any(r => r.Shaped.HasLetters);
}
