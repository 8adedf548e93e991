namespace ContentKit.Batch;

/// <summary>The outcome of one row.</summary>
/// <param name="Row">The row number a spreadsheet program shows (header = 1).</param>
/// <param name="Status">Rendered or failed.</param>
/// <param name="Outputs">The files written, relative to the output folder.</param>
/// <param name="Messages">Errors (for a failed row) and warnings, each naming row and column.</param>
public sealed record RowReport(int Row, RowStatus Status, IReadOnlyList<string> Outputs, IReadOnlyList<string> Messages);
