using System.Text.Json.Serialization;

namespace ContentKit.Cli.Preview;

/// <summary>What the preview page shows, as the page reads it from <c>/state</c>: one render of the chosen row in every format.</summary>
internal sealed record PreviewState(
    int Version,
    string Template,
    string Data,
    int Row,
    IReadOnlyList<PreviewRow> Rows,
    PreviewError? Error,
    IReadOnlyList<PreviewOutput> Outputs,
    IReadOnlyDictionary<string, string> Labels);

/// <summary>A row the picker offers: its spreadsheet number and the start of its first text.</summary>
internal sealed record PreviewRow(int Number, string Label);

/// <summary>Why nothing could be drawn: a template, markup, data or row error, with where it is.</summary>
internal sealed record PreviewError(string Message, string? Where);

/// <summary>One format: its image (or a video's frames) and the design check's findings in the image's own pixels.</summary>
internal sealed record PreviewOutput(string Format, int Width, int Height, string Image, bool Rejected, IReadOnlyList<PreviewFinding> Findings)
{
    /// <summary>A video's frames, every half second, and which one is the poster; empty for an image.</summary>
    public IReadOnlyList<PreviewFrame> Frames { get; init; } = [];
}

internal sealed record PreviewFinding(bool Error, string Message, string Fix, int X, int Y, int Width, int Height);

internal sealed record PreviewFrame(double Time, string Image, bool Poster);

/// <summary>Source-generated, so the page's JSON needs no reflection (the single-file executable is ReadyToRun).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(PreviewState))]
internal sealed partial class PreviewJson : JsonSerializerContext;
