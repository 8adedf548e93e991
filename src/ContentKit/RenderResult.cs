using ContentKit.Checks;

namespace ContentKit;

/// <summary>What a reviewer should know about one rendered image.</summary>
/// <param name="Adjustments">Text shrunk (by at least 1 px and 5%) or cut to fit.</param>
/// <param name="Warnings">Problems outside the design check (characters no font has), as diagnostics naming row and field.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record RenderResult(IReadOnlyList<TextAdjustment> Adjustments, IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>What the design check found in the image, errors first; empty for a video, which is not checked yet.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>True when a finding is an error: the image is not fit to post.</summary>
    public bool Rejected => Findings.Any(f => f.IsError);
}
