using ContentKit.Checks;

namespace ContentKit.Batch;

/// <summary>The design check of one image a batch wrote.</summary>
/// <param name="Output">The file, relative to the output folder: the ready name, or <c>NAME.rejected.EXT</c> when an error rejected it.</param>
/// <param name="Format">The format it was rendered in.</param>
/// <param name="Width">The image's width in pixels: finding areas are in its pixels.</param>
/// <param name="Height">The image's height in pixels.</param>
/// <param name="Findings">What the check found, errors first; empty when the image is clean.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record OutputCheck(string Output, string Format, int Width, int Height, IReadOnlyList<Finding> Findings)
{
    /// <summary>True when the image was kept only for review, as <see cref="Output"/> (<c>NAME.rejected.EXT</c>).</summary>
    public bool Rejected { get; init; }
}
