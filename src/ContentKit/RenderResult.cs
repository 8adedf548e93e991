namespace ContentKit;

/// <summary>What a reviewer should know about one rendered image.</summary>
/// <param name="Adjustments">Text shrunk or cut to fit.</param>
/// <param name="Warnings">The same and other problems (characters no font has), as messages naming row and field.</param>
public sealed record RenderResult(IReadOnlyList<TextAdjustment> Adjustments, IReadOnlyList<ContentKitException> Warnings);
