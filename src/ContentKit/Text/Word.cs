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

    /// <summary>True for a word of a right-to-left script (Arabic), which bidi ordering reverses.</summary>
    public bool RightToLeft => Runs.Length > 0 && Runs[0].Shaped.RightToLeft;
}
