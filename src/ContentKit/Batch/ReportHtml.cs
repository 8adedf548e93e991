using System.Globalization;
using System.Net;
using System.Text;

namespace ContentKit.Batch;

/// <summary>
/// Writes <c>report.html</c>, the contact sheet a person checks before posting: a summary, the failed rows,
/// and one card per row with its images, its text that was shrunk or cut, and its errors. One file with
/// nothing to fetch and no scripts; images are linked by paths relative to the report's folder. The page
/// holds no timestamp, so the same batch always gives the same bytes.
/// </summary>
public static partial class ReportHtml
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
        html.Append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // Defence in depth: should anything from the data ever slip through unescaped, it still cannot run or fetch.
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' file:; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>").Append(Encode(title)).Append(" · Laporan ContentKit</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        AppendHeader(html, report, title);
        html.Append("<main>\n");
        AppendSummary(html, report);
        AppendJumps(html, report);
        html.Append("<section class=\"sheet\" aria-label=\"Lembar kontak\">\n");
        foreach (var row in report.Rows)
        {
            AppendCard(html, row, firstRow, rowsOf);
        }

        html.Append("</section>\n</main>\n")
            .Append("<footer>Dibuat oleh ContentKit. Data yang sama untuk mesin ada di ").Append(BatchRunner.ReportFile)
            .Append(". <span class=\"en\">Made by ContentKit; the same data for machines is in ").Append(BatchRunner.ReportFile).Append(".</span></footer>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendHeader(StringBuilder html, BatchReport report, string title) =>
        html.Append("<header class=\"top\">\n<p class=\"eyebrow\">Laporan batch <span class=\"en\">Batch report</span></p>\n")
            .Append("<h1>").Append(Encode(title)).Append("</h1>\n")
            .Append("<p class=\"lede\">").Append(report.Rows.Count).Append(" baris dari lembar kerja <span class=\"en\">")
            .Append(report.Rows.Count).Append(report.Rows.Count == 1 ? " row" : " rows").Append(" from the sheet</span></p>\n</header>\n");

    private static void AppendSummary(StringBuilder html, BatchReport report)
    {
        var adjusted = report.Rows.Count(r => r.Text.Count > 0);
        html.Append("<section class=\"summary\" aria-label=\"Ringkasan\">\n");
        AppendStat(html, "ok", report.Succeeded, "Berhasil", "Rendered");
        AppendStat(html, report.Failed > 0 ? "failed" : "quiet", report.Failed, "Gagal", "Failed");
        if (report.Skipped > 0)
        {
            AppendStat(html, "quiet", report.Skipped, "Dilewati", "Skipped");
        }

        AppendStat(html, "files", report.Files, "Berkas", "Files");
        AppendStat(html, adjusted > 0 ? "warn" : "quiet", adjusted, "Baris dengan teks diperkecil atau terpotong", "Rows with text shrunk or cut");
        html.Append("</section>\n");
    }

    private static void AppendStat(StringBuilder html, string kind, int count, string label, string english) =>
        html.Append("<div class=\"stat ").Append(kind).Append("\"><span class=\"num\">").Append(count).Append("</span><span class=\"label\">")
            .Append(label).Append(" <span class=\"en\">").Append(english).Append("</span></span></div>\n");

    /// <summary>Links to the rows that need a look, so a long sheet needs no filter or script.</summary>
    private static void AppendJumps(StringBuilder html, BatchReport report)
    {
        var failed = report.Rows.Where(r => r.Status == RowStatus.Failed).Select(r => r.Row).ToList();
        var cut = report.Rows.Where(r => r.Text.Any(a => a.Clamped)).Select(r => r.Row).ToList();
        html.Append("<nav class=\"jumps\" aria-label=\"Baris yang perlu diperiksa\">\n");
        if (failed.Count == 0)
        {
            html.Append(cut.Count == 0
                ? "<p class=\"all-good\">Tidak ada baris yang gagal, tidak ada teks terpotong. <span class=\"en\">No row failed; no text was cut.</span></p>\n"
                : "<p class=\"all-good\">Tidak ada baris yang gagal. <span class=\"en\">No row failed.</span></p>\n");
        }

        AppendJumpList(html, "failed", "Baris gagal", "Failed rows", failed);
        AppendJumpList(html, "cut", "Teks terpotong", "Text cut", cut);
        html.Append("</nav>\n");
    }

    private static void AppendJumpList(StringBuilder html, string kind, string label, string english, List<int> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        html.Append("<p class=\"jump ").Append(kind).Append("\"><b>").Append(label).Append("</b> <span class=\"en\">").Append(english).Append("</span>: ")
            .AppendJoin(", ", rows.Select(r => $"<a href=\"#row-{r}\">{r}</a>")).Append("</p>\n");
    }

    private static void AppendCard(StringBuilder html, RowReport row, Dictionary<string, int> firstRow, Dictionary<string, List<int>> rowsOf)
    {
        var outputs = row.Outputs.Distinct(StringComparer.Ordinal).ToList();
        var own = outputs.Where(o => firstRow[o] == row.Row).ToList();
        var shared = outputs.Where(o => firstRow[o] != row.Row).ToList();

        var (kind, badge) = row.Status switch
        {
            RowStatus.Ok => (row.Text.Count > 0 ? " is-warned" : "", "<span class=\"badge ok\">Berhasil <span class=\"en\">Rendered</span></span>"),
            RowStatus.Failed => (" is-failed", "<span class=\"badge failed\">Gagal <span class=\"en\">Failed</span></span>"),
            _ => (" is-skipped", "<span class=\"badge skipped\">Dilewati <span class=\"en\">Skipped</span></span>"),
        };
        html.Append("<article class=\"card").Append(kind).Append("\" id=\"row-").Append(row.Row).Append("\">\n")
            .Append("<header><h2>Baris ").Append(row.Row).Append(" <span class=\"en\">Row ").Append(row.Row).Append("</span></h2>").Append(badge);
        if (row.Text.Any(a => a.Clamped))
        {
            html.Append("<span class=\"badge warn\">Terpotong <span class=\"en\">Cut</span></span>");
        }
        else if (row.Text.Count > 0)
        {
            html.Append("<span class=\"badge warn\">Diperkecil <span class=\"en\">Shrunk</span></span>");
        }

        html.Append("</header>\n");
        if (own.Count > 0)
        {
            html.Append("<div class=\"thumbs\">\n");
            foreach (var output in own)
            {
                AppendThumbnail(html, row.Row, output, rowsOf[output]);
            }

            html.Append("</div>\n");
        }

        if (shared.Count > 0)
        {
            html.Append("<p class=\"shared-head\">Ada di gambar bersama <span class=\"en\">Shown in a shared image</span></p>\n<ul class=\"shared\">\n");
            foreach (var output in shared)
            {
                html.Append("<li><a href=\"#row-").Append(firstRow[output]).Append("\">Baris ").Append(firstRow[output]).Append("</a> · <a href=\"")
                    .Append(Encode(Href(output))).Append("\">").Append(Encode(output)).Append("</a></li>\n");
            }

            html.Append("</ul>\n");
        }

        if (outputs.Count == 0)
        {
            html.Append("<p class=\"no-image\">Tidak ada gambar <span class=\"en\">No image</span></p>\n");
        }

        AppendNotes(html, row);
        html.Append("</article>\n");
    }

    private static void AppendThumbnail(StringBuilder html, int row, string output, List<int> rows)
    {
        var href = Encode(Href(output));
        html.Append("<figure>");
        if (ImageExtensions.Any(e => output.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            html.Append("<a href=\"").Append(href).Append("\"><img src=\"").Append(href).Append("\" loading=\"lazy\" alt=\"")
                .Append(Encode($"Baris {row}: {output}")).Append("\"></a>");
        }
        else
        {
            var extension = Path.GetExtension(output).TrimStart('.').ToUpperInvariant();
            html.Append("<a class=\"file\" href=\"").Append(href).Append("\">").Append(Encode(extension.Length > 0 ? extension : "FILE")).Append("</a>");
        }

        html.Append("<figcaption>").Append(Encode(output));
        if (rows.Count > 1)
        {
            html.Append("<br><span class=\"rows\">Memuat baris ").Append(Ranges(rows)).Append(" <span class=\"en\">Shows rows ").Append(Ranges(rows)).Append("</span></span>");
        }

        html.Append("</figcaption></figure>\n");
    }

    /// <summary>Text adjustments in Indonesian (amber), then the row's messages: red when the row failed, amber otherwise (warnings, or why a row was skipped).</summary>
    private static void AppendNotes(StringBuilder html, RowReport row)
    {
        var messages = row.Messages.Where(m => !RepeatsAdjustment(m, row.Text)).ToList();
        if (row.Text.Count == 0 && messages.Count == 0)
        {
            return;
        }

        html.Append("<ul class=\"notes\">\n");
        foreach (var adjustment in row.Text)
        {
            html.Append("<li class=\"warn\">").Append(Describe(adjustment)).Append("</li>\n");
        }

        foreach (var message in messages)
        {
            html.Append("<li class=\"").Append(row.Status == RowStatus.Failed ? "error" : "warn").Append("\">").Append(Encode(message)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>"<b>judul</b> diperkecil 74 → 37 px (feed)" or "<b>judul</b> terpotong, 65 karakter tersembunyi (feed)".</summary>
    private static string Describe(TextAdjustment adjustment)
    {
        var field = $"<b>{Encode(adjustment.Field ?? "teks")}</b>";
        var format = Encode(adjustment.Format);
        return adjustment.Clamped
            ? $"{field} terpotong, {adjustment.HiddenCharacters} karakter tersembunyi ({format})"
            : $"{field} diperkecil {Number(adjustment.RequestedSize)} → {Number(adjustment.Size)} px ({format})";
    }

    /// <summary>
    /// Each adjustment also arrives as a message ending in its <see cref="TextAdjustment.Describe"/> sentence; the card
    /// says it once, in Indonesian. Any other message is shown, never lost.
    /// </summary>
    private static bool RepeatsAdjustment(string message, IReadOnlyList<TextAdjustment> text) =>
        text.Any(a => message.EndsWith(a.Describe(), StringComparison.Ordinal));

    /// <summary>Sizes as Indonesian readers write them (72,6), the same on every machine whatever its culture.</summary>
    private static string Number(float value) => value.ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');

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
}
