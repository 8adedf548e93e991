namespace ContentKit.Batch;

/// <summary>What one output was made from (its fingerprint) and what was said about it, so a skipped output still reports its warnings.</summary>
/// <param name="Fingerprint">The hash of all inputs.</param>
/// <param name="Warnings">The messages the render gave.</param>
/// <param name="Text">Text shrunk or cut in it.</param>
/// <param name="Format">The format it was made in, so a run of other formats into the same folder leaves it alone (null in caches of older versions).</param>
/// <param name="Length">The file's length, recorded before it was renamed into place (null for videos and older caches).</param>
/// <param name="Written">The file's modification time, recorded with <paramref name="Length"/>: a run killed between recording and renaming leaves
/// the old file (or none), which does not match, so the output is rendered again.</param>
internal sealed record CacheEntry(string Fingerprint, IReadOnlyList<string> Warnings, IReadOnlyList<TextAdjustment> Text, string? Format = null, long? Length = null, DateTime? Written = null);
