namespace ContentKit.Batch;

/// <summary>The outcome of one row.</summary>
/// <param name="Row">The row number a spreadsheet program shows (header = 1).</param>
/// <param name="Status">Rendered or failed.</param>
/// <param name="Outputs">The files written, relative to the output folder.</param>
/// <param name="Messages">Errors (for a failed row, also "rejected by the design check") and warnings, each naming row and column; the design check's findings are in <see cref="Checks"/>.</param>
/// <param name="Text">Text shrunk or cut to fit, per field and format: what a reviewer checks before posting.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record RowReport(int Row, RowStatus Status, IReadOnlyList<string> Outputs, IReadOnlyList<string> Messages, IReadOnlyList<TextAdjustment> Text)
{
    /// <summary>The design check of each image rendered for the row (the outputs it is the first row of), ready or rejected.</summary>
    public IReadOnlyList<OutputCheck> Checks { get; init; } = [];

    /// <summary>The alt text and post caption of each ready output the row is the first row of (also in its <c>NAME.txt</c>).</summary>
    public IReadOnlyList<OutputDescription> Descriptions { get; init; } = [];

    /// <summary>The carousels the row made, one per format, each with its slide count and slides in order; null for a template without slides.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Carousel>? Carousels { get; init; }

    /// <summary>A row that did not render.</summary>
    public static RowReport Failed(int row, IReadOnlyList<string> outputs, IReadOnlyList<string> messages, IReadOnlyList<TextAdjustment>? text = null) =>
        new(row, RowStatus.Failed, outputs, messages, text ?? []);
}
