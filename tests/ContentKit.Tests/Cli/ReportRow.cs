namespace ContentKit.Tests.Cli;

/// <summary>One row of <c>report.json</c>, as a script reading the file would see it.</summary>
internal sealed record ReportRow(int Row, string Status, IReadOnlyList<string> Outputs, IReadOnlyList<string> Messages)
{
    public override string ToString() => $"row {Row} {Status}: [{string.Join(", ", Outputs)}] [{string.Join(" | ", Messages)}]";
}
