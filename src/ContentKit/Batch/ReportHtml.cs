using System.Globalization;
using System.Net;
using System.Text;

namespace ContentKit.Batch;

/// <summary>
/// Writes <c>report.html</c>, the contact sheet a person checks before posting: a summary, the failed rows,
/// and one card per row with its images, its text that was shrunk or cut, and its errors. One file with
/// nothing to fetch and no scripts; images are linked by paths relative to the report's folder. The page
/// holds no timestamp, so the same batch always gives the same bytes. It is written in the language of
/// <see cref="CultureInfo.CurrentUICulture"/>, like the messages it shows.
/// </summary>
internal static partial class ReportHtml
{
    /// <summary>The report file written into the output folder, beside <see cref="BatchRunner.ReportFile"/>.</summary>
    public const string FileName = "report.html";

    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".webp", ".gif"];

    /// <summary>The report as a complete HTML page. Everything taken from the batch (messages, file names, <paramref name="title"/>) is HTML-escaped.</summary>
    /// <param name="report">The batch's outcome.</param>
    /// <param name="title">The page heading, e.g. the template's title and the sheet's file name.</param>
    public static string Write(BatchReport report, string title)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(title);

        // An output of many rows (a table, a group, a page) is shown on the first row that lists it.
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowsOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var row in report.Rows)
        {
            foreach (var output in row.Outputs.Distinct(StringComparer.Ordinal))
            {
                firstRow.TryAdd(output, row.Row);
                (rowsOf.TryGetValue(output, out var rows) ? rows : rowsOf[output] = []).Add(row.Row);
            }
        }

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Messages.Report_Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // Defence in depth: should anything from the data ever slip through unescaped, it still cannot run or fetch.
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' file:; style-src 'unsafe-inline'").Append(report.Rows.Any(r => r.Descriptions.Count > 0) ? $"; script-src {ScriptHash}" : "").Append("\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>").Append(Phrase(Messages.Report_PageTitle, Encode(title))).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        AppendHeader(html, report, title);
        html.Append("<main>\n");
        AppendSummary(html, report);
        AppendJumps(html, report);
        html.Append("<section class=\"sheet\" aria-label=\"").Append(Phrase(Messages.Report_ContactSheet)).Append("\">\n");
        foreach (var row in report.Rows)
        {
            AppendCard(html, row, firstRow, rowsOf);
        }

        html.Append("</section>\n</main>\n")
            .Append("<footer>").Append(Phrase(Messages.Report_Footer, BatchRunner.ReportFile)).Append("</footer>\n")
            .Append(report.Rows.Any(r => r.Descriptions.Count > 0) ? $"<script>{CopyScript}</script>\n" : "")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendHeader(StringBuilder html, BatchReport report, string title) =>
        html.Append("<header class=\"top\">\n<p class=\"eyebrow\">").Append(Phrase(Messages.Report_Eyebrow)).Append("</p>\n")
            .Append("<h1>").Append(Encode(title)).Append("</h1>\n")
            .Append("<p class=\"lede\">").Append(Phrase(report.Rows.Count == 1 ? Messages.Report_Rows_One : Messages.Report_Rows_Many, report.Rows.Count)).Append("</p>\n</header>\n");

    private static void AppendSummary(StringBuilder html, BatchReport report)
    {
        var adjusted = report.Rows.Count(r => r.Text.Count > 0);
        var checks = report.Rows.SelectMany(r => r.Checks).ToList();
        html.Append("<section class=\"summary\" aria-label=\"").Append(Phrase(Messages.Report_Summary)).Append("\">\n");
        AppendStat(html, "ok", checks.Count(c => !c.Rejected), Messages.Report_Ready);
        AppendStat(html, checks.Any(c => c.Rejected) ? "failed" : "quiet", checks.Count(c => c.Rejected), Messages.Report_RejectedImages);
        AppendStat(html, "ok", report.Succeeded, Messages.Report_Rendered);
        AppendStat(html, report.Failed > 0 ? "failed" : "quiet", report.Failed, Messages.Report_Failed);
        if (report.Skipped > 0)
        {
            AppendStat(html, "quiet", report.Skipped, Messages.Report_Skipped);
        }

        AppendStat(html, "files", report.Files, Messages.Report_Files);
        AppendStat(html, adjusted > 0 ? "warn" : "quiet", adjusted, Messages.Report_RowsAdjusted);
        html.Append("</section>\n");
    }

    private static void AppendStat(StringBuilder html, string kind, int count, string label) =>
        html.Append("<div class=\"stat ").Append(kind).Append("\"><span class=\"num\">").Append(count).Append("</span><span class=\"label\">")
            .Append(Phrase(label)).Append("</span></div>\n");

    /// <summary>Links to the rows that need a look, so a long sheet needs no filter or script.</summary>
    private static void AppendJumps(StringBuilder html, BatchReport report)
    {
        var failed = report.Rows.Where(r => r.Status == RowStatus.Failed).Select(r => r.Row).ToList();
        var cut = report.Rows.Where(r => r.Text.Any(a => a.Clamped)).Select(r => r.Row).ToList();
        html.Append("<nav class=\"jumps\" aria-label=\"").Append(Phrase(Messages.Report_RowsToCheck)).Append("\">\n");
        if (failed.Count == 0)
        {
            html.Append("<p class=\"all-good\">").Append(Phrase(cut.Count == 0 ? Messages.Report_AllGood : Messages.Report_NoneFailed)).Append("</p>\n");
        }

        AppendJumpList(html, "failed", Messages.Report_FailedRows, failed);
        AppendJumpList(html, "cut", Messages.Report_CutRows, cut);
        html.Append("</nav>\n");
    }

    private static void AppendJumpList(StringBuilder html, string kind, string label, List<int> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        html.Append("<p class=\"jump ").Append(kind).Append("\"><b>").Append(Phrase(label)).Append("</b>: ")
            .AppendJoin(", ", rows.Select(r => $"<a href=\"#row-{r}\">{r}</a>")).Append("</p>\n");
    }

    private static void AppendCard(StringBuilder html, RowReport row, Dictionary<string, int> firstRow, Dictionary<string, List<int>> rowsOf)
    {
        var outputs = row.Outputs.Distinct(StringComparer.Ordinal).ToList();
        var own = outputs.Where(o => firstRow[o] == row.Row).ToList();
        var shared = outputs.Where(o => firstRow[o] != row.Row).ToList();

        var (kind, badge) = row.Status switch
        {
            RowStatus.Ok => (row.Text.Count > 0 ? " is-warned" : "", Badge("ok", Messages.Report_Rendered)),
            RowStatus.Failed => (" is-failed", Badge("failed", Messages.Report_Failed)),
            _ => (" is-skipped", Badge("skipped", Messages.Report_Skipped)),
        };
        html.Append("<article class=\"card").Append(kind).Append("\" id=\"row-").Append(row.Row).Append("\">\n")
            .Append("<header><h2>").Append(Phrase(Messages.Report_Row, row.Row)).Append("</h2>").Append(badge);
        if (row.Text.Any(a => a.Clamped))
        {
            html.Append(Badge("warn", Messages.Report_Cut));
        }
        else if (row.Text.Count > 0)
        {
            html.Append(Badge("warn", Messages.Report_Shrunk));
        }

        html.Append("</header>\n");
        var checks = row.Checks.ToDictionary(c => c.Output, StringComparer.Ordinal);
        var descriptions = row.Descriptions.ToDictionary(d => d.Output, StringComparer.Ordinal);
        var rejected = row.Checks.Where(c => c.Rejected).ToList();
        if (own.Count > 0 || rejected.Count > 0)
        {
            html.Append("<div class=\"thumbs\">\n");
            foreach (var output in own)
            {
                if (checks.TryGetValue(output, out var check))
                {
                    AppendChecked(html, row.Row, check, rowsOf[output], descriptions.GetValueOrDefault(output));
                }
                else
                {
                    AppendThumbnail(html, row.Row, output, rowsOf[output], descriptions.GetValueOrDefault(output));
                }
            }

            foreach (var check in rejected)
            {
                AppendChecked(html, row.Row, check, [row.Row], null);
            }

            html.Append("</div>\n");
        }

        if (shared.Count > 0)
        {
            html.Append("<p class=\"shared-head\">").Append(Phrase(Messages.Report_SharedImage)).Append("</p>\n<ul class=\"shared\">\n");
            foreach (var output in shared)
            {
                html.Append("<li><a href=\"#row-").Append(firstRow[output]).Append("\">").Append(Phrase(Messages.Report_Row, firstRow[output])).Append("</a> · <a href=\"")
                    .Append(Encode(Href(output))).Append("\">").Append(Encode(output)).Append("</a></li>\n");
            }

            html.Append("</ul>\n");
        }

        if (outputs.Count == 0 && rejected.Count == 0)
        {
            html.Append("<p class=\"no-image\">").Append(Phrase(Messages.Report_NoImage)).Append("</p>\n");
        }

        AppendNotes(html, row);
        html.Append("</article>\n");
    }

    private static void AppendThumbnail(StringBuilder html, int row, string output, List<int> rows, OutputDescription? description)
    {
        var href = Encode(Href(output));
        html.Append("<figure>");
        if (ImageExtensions.Any(e => output.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            html.Append("<a href=\"").Append(href).Append("\"><img src=\"").Append(href).Append("\" loading=\"lazy\" alt=\"")
                .Append(Phrase(Messages.Report_ImageAlt, row, Encode(output))).Append("\"></a>");
        }
        else
        {
            var extension = Path.GetExtension(output).TrimStart('.').ToUpperInvariant();
            html.Append("<a class=\"file\" href=\"").Append(href).Append("\">").Append(Encode(extension.Length > 0 ? extension : "FILE")).Append("</a>");
        }

        html.Append("<figcaption>").Append(Encode(output));
        if (rows.Count > 1)
        {
            html.Append("<br><span class=\"rows\">").Append(Phrase(Messages.Report_ShowsRows, Ranges(rows))).Append("</span>");
        }

        html.Append("</figcaption>");
        AppendPostText(html, description);
        html.Append("</figure>\n");
    }

    /// <summary>
    /// Text adjustments (amber), then the row's messages: red when the row failed, amber otherwise (warnings, or why a row was
    /// skipped). A row whose images were design-checked has its shrinks and cuts told under each image instead.
    /// </summary>
    private static void AppendNotes(StringBuilder html, RowReport row)
    {
        var messages = row.Messages.Where(m => !RepeatsAdjustment(m, row.Text)).ToList();
        var adjustments = row.Checks.Count > 0 ? [] : row.Text;
        if (adjustments.Count == 0 && messages.Count == 0)
        {
            return;
        }

        html.Append("<ul class=\"notes\">\n");
        foreach (var adjustment in adjustments)
        {
            html.Append("<li class=\"warn\">").Append(Describe(adjustment)).Append("</li>\n");
        }

        foreach (var message in messages)
        {
            html.Append("<li class=\"").Append(row.Status == RowStatus.Failed ? "error" : "warn").Append("\">").Append(Encode(message)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>"<b>judul</b> shrunk 74 → 37 px (feed)" or "<b>judul</b> cut, 65 characters hidden (feed)"; sizes as the language writes them (72,6 in Indonesian).</summary>
    private static string Describe(TextAdjustment adjustment)
    {
        var field = $"<b>{Encode(adjustment.Fields.Count > 0 ? string.Join(", ", adjustment.Fields) : Messages.Report_AnyText)}</b>";
        var format = Encode(adjustment.Format);
        return adjustment.Clamped
            ? Phrase(Messages.Report_NoteCut, field, adjustment.HiddenCharacters, format)
            : Phrase(Messages.Report_NoteShrunk, field, adjustment.RequestedSize, adjustment.Size, format);
    }

    /// <summary>
    /// Each adjustment also arrives as a message ending in its <see cref="TextAdjustment.Describe"/> sentence; the card
    /// says it once, shorter. Any other message is shown, never lost.
    /// </summary>
    private static bool RepeatsAdjustment(string message, IReadOnlyList<TextAdjustment> text) =>
        text.Any(a => message.EndsWith(a.Describe(), StringComparison.Ordinal));

    /// <summary>"2–7, 9": row numbers in order, runs collapsed.</summary>
    private static string Ranges(List<int> rows)
    {
        var parts = new List<string>();
        for (var i = 0; i < rows.Count;)
        {
            var j = i;
            while (j + 1 < rows.Count && rows[j + 1] == rows[j] + 1)
            {
                j++;
            }

            parts.Add(j > i ? $"{rows[i]}–{rows[j]}" : $"{rows[i]}");
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    /// <summary>A relative URL for an output path: each segment percent-encoded, so a name is never read as markup, a query or a scheme.</summary>
    private static string Href(string path)
    {
        var href = string.Join('/', path.Split('/', '\\').Select(Uri.EscapeDataString));

        // "/x" or "//host/x" would leave the output folder; "./" keeps the link relative.
        return href.StartsWith('/') ? "./" + href : href;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// A label or sentence of the page: its words escaped as markup (only the characters that could open a tag or end an attribute, so
    /// "·" stays itself), its arguments put in as they are; callers escape what comes from the batch.
    /// </summary>
    private static string Phrase(string pattern, params ReadOnlySpan<object?> arguments) =>
        Localized.Format(pattern.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal), arguments);

    private static string Badge(string kind, string label) => $"<span class=\"badge {kind}\">{Phrase(label)}</span>";
}
