using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContentKit.Batch;

/// <summary>
/// Writes <c>report.json</c>: <c>{"rows":[{"row":2,"status":"ok","outputs":["002-….png"],"messages":[]}],"stale":[],"combined":[]}</c>.
/// Row numbers are those a spreadsheet program shows; output paths are relative to the report's folder.
/// </summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The report as indented JSON.</summary>
    public static string Write(BatchReport report) =>
        JsonSerializer.Serialize(new { rows = report.Rows, stale = report.Stale, combined = report.Combined }, Options) + "\n";

    /// <summary>Reads a report written by <see cref="Write(BatchReport)"/>; null when <paramref name="json"/> is not one.</summary>
    public static BatchReport? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Written>(json, Options) is { Rows: { } rows } written
                ? new BatchReport(rows) { Stale = written.Stale ?? [], Combined = written.Combined ?? [] }
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

    private sealed record Written(IReadOnlyList<RowReport>? Rows, IReadOnlyList<string>? Stale, IReadOnlyList<string>? Combined);

    /// <summary>A stress check's report as indented JSON, in the same style: <c>contentkit check --json</c>.</summary>
    public static string Write(StressReport report) => JsonSerializer.Serialize(report, Options) + "\n";
}
