using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContentKit.Checks;

namespace ContentKit.Batch;

/// <summary>
/// Writes <c>report.json</c>: <c>{"rows":[{"row":2,"status":"ok","outputs":["002-….png"],"messages":[]}],"stale":[],"combined":[]}</c>.
/// Row numbers are those a spreadsheet program shows; output paths are relative to the report's folder.
/// </summary>
/// <remarks>Stateless: safe to call from any number of threads at once.</remarks>
public static class ReportJson
{
    // Source-generated metadata (no reflection at start-up) under these options; one converter per enum written.
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters =
        {
            new JsonStringEnumConverter<RowStatus>(JsonNamingPolicy.SnakeCaseLower),
            new JsonStringEnumConverter<FindingKind>(JsonNamingPolicy.SnakeCaseLower),
            new JsonStringEnumConverter<FindingSeverity>(JsonNamingPolicy.SnakeCaseLower),
        },
    });

    /// <summary>The report as indented JSON.</summary>
    public static string Write(BatchReport report) =>
        JsonSerializer.Serialize(new Written(report.Rows, report.Stale, report.Combined), Context.Written) + "\n";

    /// <summary>Reads a report written by <see cref="Write(BatchReport)"/>; null when <paramref name="json"/> is not one.</summary>
    public static BatchReport? Read(string json)
    {
        // An older report without "checks" reads them as null (the source-generated reader sets every init-only property).
        try
        {
            return JsonSerializer.Deserialize(json, Context.Written) is { Rows: { } rows } written
                ? new BatchReport([.. rows.Select(r => r with { Checks = r.Checks ?? [], Descriptions = r.Descriptions ?? [] })]) { Stale = written.Stale ?? [], Combined = written.Combined ?? [] }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// <paramref name="report"/> over an earlier report of the same folder: the rows this run did not touch (another
    /// shard's) are kept, in row order, so <c>--shard 1/2</c> then <c>2/2</c> leave one report of the whole sheet.
    /// </summary>
    public static BatchReport Merge(BatchReport earlier, BatchReport report)
    {
        var mine = report.Rows.Select(r => r.Row).ToHashSet();
        var rows = earlier.Rows.Where(r => !mine.Contains(r.Row)).Concat(report.Rows).OrderBy(r => r.Row).ToList();
        return new BatchReport(rows) { Stale = [.. earlier.Stale.Concat(report.Stale).Distinct(StringComparer.Ordinal)], Combined = report.Combined };
    }

    /// <summary>What report.json holds, in this order: the rows, the stale files, then the combined PDFs.</summary>
    internal sealed record Written(IReadOnlyList<RowReport>? Rows, IReadOnlyList<string>? Stale, IReadOnlyList<string>? Combined);

    /// <summary>A stress check's report as indented JSON, in the same style: <c>contentkit check --json</c>.</summary>
    public static string Write(StressReport report) => JsonSerializer.Serialize(report, Context.StressReport) + "\n";
}
