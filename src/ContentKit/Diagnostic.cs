namespace ContentKit;

/// <summary>
/// A warning about a rendered output that is not a failure: what happened (<see cref="Code"/> for programs,
/// <see cref="Message"/> for people, in the UI language) and where (row, field, file). Returned in
/// <see cref="RenderResult.Warnings"/>; nothing is thrown.
/// </summary>
/// <param name="Code">What kind of warning, stable across languages: one of the constants of this record.</param>
/// <param name="Message">The sentence a reviewer reads, naming the field and what to do.</param>
/// <param name="Location">Where: the spreadsheet row, the field (as the column) and, when known, the file.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record Diagnostic(string Code, string Message, ErrorLocation Location)
{
    /// <summary>A character no bundled font draws; it is left out of the output.</summary>
    public const string MissingCharacter = "missing-character";

    /// <summary>Text shrunk or cut to fit its box, in an output the design check does not see (a video).</summary>
    public const string TextAdjusted = "text-adjusted";

    /// <summary>The location followed by the message, the way the command line prints it.</summary>
    public override string ToString() => Location.IsEmpty ? Message : $"{Location}: {Message}";
}
