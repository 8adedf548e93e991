namespace ContentKit.Batch;

/// <summary>What one output was made from (its fingerprint) and what was said about it, so a skipped output still reports its warnings.</summary>
/// <param name="Fingerprint">The hash of all inputs.</param>
/// <param name="Warnings">The messages the render gave.</param>
/// <param name="Text">Text shrunk or cut in it.</param>
internal sealed record CacheEntry(string Fingerprint, IReadOnlyList<string> Warnings, IReadOnlyList<TextAdjustment> Text);
