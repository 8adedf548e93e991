namespace ContentKit.Batch;

/// <summary>The outcome of a batch, one entry per row in sheet order. Written as <c>report.json</c>.</summary>
/// <param name="Rows">Every row's outcome.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record BatchReport(IReadOnlyList<RowReport> Rows)
{
    /// <summary>The folder, inside the output folder, that files made by an earlier run and no longer made are moved to.</summary>
    public const string StaleFolder = "stale";

    /// <summary>
    /// Files an earlier run made that this run no longer makes (their row was deleted or renamed), moved into
    /// <see cref="StaleFolder"/>; names relative to the output folder as they were.
    /// </summary>
    public IReadOnlyList<string> Stale { get; init; } = [];

    /// <summary>The combined PDFs written (<see cref="BatchOptions.PdfCombine"/>), one per format, relative to the output folder.</summary>
    public IReadOnlyList<string> Combined { get; init; } = [];

    /// <summary>Rows that rendered.</summary>
    public int Succeeded => Rows.Count(r => r.Status == RowStatus.Ok);

    /// <summary>Rows not rendered because nothing changed or the batch stopped first.</summary>
    public int Skipped => Rows.Count(r => r.Status == RowStatus.Skipped);

    /// <summary>Rows that failed.</summary>
    public int Failed => Rows.Count(r => r.Status == RowStatus.Failed);

    /// <summary>Files written (an output showing many rows counts once).</summary>
    public int Files => Rows.SelectMany(r => r.Outputs).Distinct(StringComparer.Ordinal).Count();
}
