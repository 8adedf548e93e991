namespace ContentKit;

/// <summary>What a reviewer should know about one rendered image, such as text that was cut to fit.</summary>
/// <param name="Warnings">Problems that did not stop the render, each naming its row and field.</param>
public sealed record RenderResult(IReadOnlyList<ContentKitException> Warnings);
