namespace ContentKit.Tests.Cli;

/// <summary>One row of <c>report.json</c>, as a script reading the file would see it.</summary>
internal sealed record ReportRow(int Row, string Status, IReadOnlyList<string> Outputs, IReadOnlyList<string> Messages, IReadOnlyList<ReportText> Text, IReadOnlyList<ReportCheck> Checks)
{
    /// <summary>The row's carousels (<c>carousels</c>), null when the template makes no slides.</summary>
    public IReadOnlyList<ReportCarousel>? Carousels { get; init; }

    public override string ToString() =>
        $"row {Row} {Status}: [{string.Join(", ", Outputs)}] [{string.Join(" | ", Messages)}] [{string.Join(" | ", Checks.SelectMany(c => c.Findings).Select(f => f.Message))}]";
}

/// <summary>One entry of a row's <c>checks</c> list: the design check of one image.</summary>
internal sealed record ReportCheck(string Output, string Format, bool Rejected, IReadOnlyList<ReportFinding> Findings);

/// <summary>One finding of the design check, as report.json writes it.</summary>
internal sealed record ReportFinding(string Kind, string Severity, string Format, string Element, string Message, string Fix, int? Row, string? Field, int? TemplateLine, int[]? Area, int PixelsOver);

/// <summary>One entry of a row's <c>text</c> list: text shrunk or cut to fit.</summary>
internal sealed record ReportText(string? Field, string Format, float RequestedSize, float Size, int HiddenCharacters);

/// <summary>One entry of a row's <c>carousels</c> list: a carousel's format, slide count and slides in order.</summary>
internal sealed record ReportCarousel(string Format, int Count, IReadOnlyList<string> Slides);
