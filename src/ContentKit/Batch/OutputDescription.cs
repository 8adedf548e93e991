namespace ContentKit.Batch;

/// <summary>The alt text and post caption of one ready output, as written to its <c>NAME.txt</c>. Immutable; safe to share between threads.</summary>
/// <param name="Output">The output file, relative to the output folder.</param>
/// <param name="File">The text file beside it.</param>
/// <param name="Alt">The image described for a screen-reader user.</param>
/// <param name="Caption">The ready-to-post caption with hashtags.</param>
public sealed record OutputDescription(string Output, string File, string Alt, string Caption);
