namespace ContentKit.Tests.Cli;

/// <summary>One row of <c>report.json</c>, as a script reading the file would see it.</summary>
internal sealed record ReportRow(int Row, string Status, IReadOnlyList<string> Outputs, IReadOnlyList<string> Messages, IReadOnlyList<ReportText> Text)
{
    public override string ToString() => $"row {Row} {Status}: [{string.Join(", ", Outputs)}] [{string.Join(" | ", Messages)}]";
}

/// <summary>One entry of a row's <c>text</c> list: text shrunk or cut to fit.</summary>
internal sealed record ReportText(string? Field, string Format, float RequestedSize, float Size, int HiddenCharacters);
