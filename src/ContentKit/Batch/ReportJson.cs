using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContentKit.Batch;

/// <summary>
/// Writes <c>report.json</c>: <c>{"rows":[{"row":2,"status":"ok","outputs":["002-….png"],"messages":[]}]}</c>.
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
        JsonSerializer.Serialize(new { rows = report.Rows }, Options) + "\n";

    /// <summary>A stress check's report as indented JSON, in the same style: <c>contentkit check --json</c>.</summary>
    public static string Write(StressReport report) => JsonSerializer.Serialize(report, Options) + "\n";
}
