using System.Text.Json;

namespace ContentKit.Tests.Cli;

/// <summary>
/// Reads <c>report.json</c> and checks its shape: <c>{"rows":[{"row":N,"status":"ok"|"failed","outputs":[…],"messages":[…],
/// "text":[{"field":…,"fields":[…],"format":…,"requested_size":…,"size":…,"hidden_characters":…,"clamped":…}],
/// "checks":[{"output":…,"format":…,"rejected":…,"findings":[{"kind":…,"severity":…,…,"area":{"x":…,"y":…,"width":…,"height":…}}]}],
/// "carousels":[{"format":…,"count":…,"slides":[…]}] (carousel templates only)}],"stale":[…]}</c>.
/// </summary>
internal static class ReportFile
{
    private static readonly string[] RowProperties = ["checks", "descriptions", "messages", "outputs", "row", "status", "text"];
    private static readonly string[] CheckProperties = ["findings", "format", "height", "output", "rejected", "width"];
    private static readonly string[] FindingProperties = ["area", "element", "field", "fix", "format", "kind", "message", "pixels_over", "row", "severity", "template_line"];
    private static readonly string[] TextProperties = ["clamped", "field", "fields", "format", "hidden_characters", "requested_size", "size"];

    public static IReadOnlyList<ReportRow> Read(string outputFolder)
    {
        var path = Path.Combine(outputFolder, "report.json");
        Assert.True(File.Exists(path), $"There is no report.json in {outputFolder}.");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(["rows", "stale", "combined"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("stale").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("combined").ValueKind);
        return [.. root.GetProperty("rows").EnumerateArray().Select(Row)];
    }

    /// <summary>The row with this spreadsheet row number.</summary>
    public static ReportRow Row(this IReadOnlyList<ReportRow> rows, int row) =>
        rows.SingleOrDefault(r => r.Row == row) ?? throw new Xunit.Sdk.XunitException($"report.json has no row {row}: {string.Join("; ", rows)}");

    private static ReportRow Row(JsonElement row)
    {
        Assert.Equal(JsonValueKind.Object, row.ValueKind);
        // "carousels" is written only for a template that makes slides.
        Assert.Equal(RowProperties, row.EnumerateObject().Select(p => p.Name).Where(n => n != "carousels").Order(StringComparer.Ordinal));
        var status = row.GetProperty("status").GetString();
        Assert.True(status is "ok" or "failed" or "skipped", $"Row status '{status}' is not ok, failed or skipped.");
        return new ReportRow(
            row.GetProperty("row").GetInt32(),
            status!,
            [.. row.GetProperty("outputs").EnumerateArray().Select(o => o.GetString()!)],
            [.. row.GetProperty("messages").EnumerateArray().Select(m => m.GetString()!)],
            [.. row.GetProperty("text").EnumerateArray().Select(Text)],
            [.. row.GetProperty("checks").EnumerateArray().Select(Check)])
        {
            Carousels = row.TryGetProperty("carousels", out var carousels)
                ? [.. carousels.EnumerateArray().Select(c => new ReportCarousel(
                    c.GetProperty("format").GetString()!, c.GetProperty("count").GetInt32(), [.. c.GetProperty("slides").EnumerateArray().Select(s => s.GetString()!)]))]
                : null,
        };
    }

    private static ReportCheck Check(JsonElement check)
    {
        Assert.Equal(CheckProperties, check.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        return new ReportCheck(
            check.GetProperty("output").GetString()!,
            check.GetProperty("format").GetString()!,
            check.GetProperty("rejected").GetBoolean(),
            [.. check.GetProperty("findings").EnumerateArray().Select(Finding)]);
    }

    private static ReportFinding Finding(JsonElement finding)
    {
        Assert.Equal(FindingProperties, finding.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        static int? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();
        var area = finding.GetProperty("area");
        return new ReportFinding(
            finding.GetProperty("kind").GetString()!,
            finding.GetProperty("severity").GetString()!,
            finding.GetProperty("format").GetString()!,
            finding.GetProperty("element").GetString()!,
            finding.GetProperty("message").GetString()!,
            finding.GetProperty("fix").GetString()!,
            Number(finding.GetProperty("row")),
            finding.GetProperty("field").GetString(),
            Number(finding.GetProperty("template_line")),
            area.ValueKind == JsonValueKind.Null ? null : [area.GetProperty("x").GetInt32(), area.GetProperty("y").GetInt32(), area.GetProperty("width").GetInt32(), area.GetProperty("height").GetInt32()],
            finding.GetProperty("pixels_over").GetInt32());
    }

    private static ReportText Text(JsonElement text)
    {
        Assert.Equal(TextProperties, text.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        return new ReportText(
            text.GetProperty("field").GetString(),
            text.GetProperty("format").GetString()!,
            text.GetProperty("requested_size").GetSingle(),
            text.GetProperty("size").GetSingle(),
            text.GetProperty("hidden_characters").GetInt32());
    }
}
