using System.Globalization;
using System.Text.RegularExpressions;
using ContentKit.Batch;
using ContentKit.Data;
using ContentKit.Templates;

namespace ContentKit.Tests.Batch;

/// <summary><see cref="ReportHtml"/>: the contact sheet people read, checked as markup (no browser), mostly in Indonesian.</summary>
public sealed partial class ReportHtmlTests
{
    private const string Hostile = "\"><img src=x onerror=alert(1)>";

    [Fact]
    public void The_page_has_one_card_per_row_in_sheet_order_and_a_summary_of_the_batch()
    {
        var report = new BatchReport([
            Ok(2, "002-senam-feed.png"),
            Ok(3, "003-vaksinasi-feed.png", new TextAdjustment("judul", "feed", 74, 37, 0)),
            RowReport.Failed(4, [], ["row 4, column 'tanggal': '31/02/2026' is not a date."]),
            Ok(5, "005-beasiswa-feed.png", new TextAdjustment("isi", "feed", 28, 23.8f, 43)),
        ]);

        var html = ReportHtml.Write(report, "Pengumuman — pengumuman.csv");

        var tags = Tags.Read(html);
        Assert.Equal(["row-2", "row-3", "row-4", "row-5"], tags.Where(t => t.Name == "article").Select(t => t.Attributes["id"]));
        Assert.Equal(3, tags.Count(t => t.Name == "img"));
        // Ready and rejected images first: none here, the rows were built without design checks.
        Assert.Equal(["0", "0", "3", "1", "3", "2"], StatNumbers().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("<h1>Pengumuman — pengumuman.csv</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_rows_and_rows_with_cut_text_are_listed_at_the_top_linking_to_their_cards()
    {
        var report = new BatchReport([
            Ok(2, "a.png"),
            RowReport.Failed(5, [], ["row 5: no title."]),
            Ok(7, "c.png", new TextAdjustment("isi", "feed", 28, 24, 12)),
            RowReport.Failed(9, [], ["row 9: no title."]),
        ]);
        using var indonesian = UiLanguage.Indonesian();

        var html = ReportHtml.Write(report, "t");

        Assert.Contains("Baris gagal</b>: <a href=\"#row-5\">5</a>, <a href=\"#row-9\">9</a></p>", html, StringComparison.Ordinal);
        Assert.Contains("Teks terpotong</b>: <a href=\"#row-7\">7</a></p>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("href=\"#row-9\"", StringComparison.Ordinal) < html.IndexOf("id=\"row-2\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Shrunk_and_cut_text_is_told_in_indonesian_in_amber_and_errors_in_red()
    {
        var report = new BatchReport([
            Ok(2, "a.png", new TextAdjustment("judul", "feed", 74, 37, 0), new TextAdjustment("judul", "story", 74, 70, 65), new TextAdjustment(null, "feed", 30, 27.5f, 0)),
            RowReport.Failed(3, [], ["row 3, column 'tanggal': not a date."]),
        ]);
        using var indonesian = UiLanguage.Indonesian();

        var html = ReportHtml.Write(report, "t");

        Assert.Contains("<li class=\"warn\"><b>judul</b> diperkecil 74 → 37 px (feed)</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"warn\"><b>judul</b> terpotong, 65 karakter tersembunyi (story)</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"warn\"><b>teks</b> diperkecil 30 → 27,5 px (feed)</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"error\">row 3, column &#39;tanggal&#39;: not a date.</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_fields_formats_and_the_title_from_the_data_are_escaped()
    {
        var report = new BatchReport([
            RowReport.Failed(2, [], ["row 2, column 'judul': '<script>alert(1)</script>' is too long."], [new TextAdjustment("<script>alert(2)</script>", Hostile, 74, 37, 0)]),
            new RowReport(3, RowStatus.Ok, ["c.png"], [$"row 3: {Hostile} & more"], []),
        ]);
        using var indonesian = UiLanguage.Indonesian();

        var html = ReportHtml.Write(report, "<script>alert(3)</script>");

        Tags.Read(html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; is too long.", html, StringComparison.Ordinal);
        Assert.Contains("<b>&lt;script&gt;alert(2)&lt;/script&gt;</b> diperkecil 74 → 37 px (&quot;&gt;&lt;img src=x onerror=alert(1)&gt;)", html, StringComparison.Ordinal);
        Assert.Contains("<h1>&lt;script&gt;alert(3)&lt;/script&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("row 3: &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; more", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_file_name_is_url_encoded_in_links_and_escaped_in_text()
    {
        var name = $"002-{Hostile}.png";
        var report = new BatchReport([Ok(2, name), Ok(3, "sub dir/javascript:x.png")]);
        using var indonesian = UiLanguage.Indonesian();

        var html = ReportHtml.Write(report, "t");

        var tags = Tags.Read(html);
        var images = tags.Where(t => t.Name == "img").ToList();
        Assert.Equal(2, images.Count);
        Assert.Equal("002-%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.png", images[0].Attributes["src"]);
        Assert.Equal("Baris 2: 002-&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.png", images[0].Attributes["alt"]);
        Assert.Equal("sub%20dir/javascript%3Ax.png", images[1].Attributes["src"]);
        Assert.Contains(tags, t => t.Name == "a" && t.Attributes["href"] == images[0].Attributes["src"]);
        Assert.Contains("<figcaption>002-&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.png</figcaption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_from_the_root_stays_relative_to_the_report()
    {
        var html = ReportHtml.Write(new BatchReport([Ok(2, "//example.com/x.png")]), "t");

        Assert.Equal(".///example.com/x.png", Tags.Read(html).Single(t => t.Name == "img").Attributes["src"]);
    }

    [Fact]
    public void An_output_of_many_rows_is_shown_once_on_its_first_row_and_named_on_the_others()
    {
        string[] shared = ["agenda-1-feed.png", "agenda-1-story.png"];
        var report = new BatchReport([
            new RowReport(2, RowStatus.Ok, shared, [], []),
            new RowReport(3, RowStatus.Ok, shared, [], []),
            new RowReport(4, RowStatus.Ok, shared, [], []),
            new RowReport(6, RowStatus.Ok, shared, [], []),
            new RowReport(7, RowStatus.Ok, ["agenda-2-feed.png"], [], []),
        ]);
        using var indonesian = UiLanguage.Indonesian();

        var html = ReportHtml.Write(report, "Agenda");

        var images = Tags.Read(html).Where(t => t.Name == "img").Select(t => t.Attributes["src"]).ToList();
        Assert.Equal(["agenda-1-feed.png", "agenda-1-story.png", "agenda-2-feed.png"], images);
        Assert.Contains("Memuat baris 2–4, 6", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(html, "<li><a href=\"#row-2\">Baris 2</a> · <a href=\"agenda-1-feed.png\">agenda-1-feed.png</a></li>"));
        Assert.Equal("3", StatNumbers().Matches(html)[4].Groups[1].Value);
    }

    [Fact]
    public void A_failed_row_without_outputs_says_it_has_no_image()
    {
        using var indonesian = UiLanguage.Indonesian();

        var html = ReportHtml.Write(new BatchReport([RowReport.Failed(2, [], ["row 2: broken."])]), "t");

        Assert.Contains("<p class=\"no-image\">Tidak ada gambar", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge failed\">Gagal", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Skipped_rows_show_their_up_to_date_images_and_why_nothing_was_rendered()
    {
        var report = new BatchReport([
            new RowReport(2, RowStatus.Skipped, ["002-a-feed.png"], [], []),
            new RowReport(3, RowStatus.Skipped, [], ["row 3: not rendered, the batch stopped first (cancelled or --fail-fast); run it again to render the rest."], []),
            Ok(4, "004-c-feed.png"),
        ]);
        using var indonesian = UiLanguage.Indonesian();

        var html = ReportHtml.Write(report, "t");

        Assert.Equal(["0", "0", "1", "0", "2", "2", "0"], StatNumbers().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("<span class=\"label\">Dilewati</span>", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<span class=\"badge skipped\">Dilewati</span>"));
        Assert.Equal(["002-a-feed.png", "004-c-feed.png"], Tags.Read(html).Where(t => t.Name == "img").Select(t => t.Attributes["src"]));
        Assert.Contains("<li class=\"warn\">row 3: not rendered, the batch stopped first", html, StringComparison.Ordinal);
        Assert.Contains("Tidak ada baris yang gagal", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_report_gives_the_same_page_whatever_culture_the_machine_formats_numbers_in()
    {
        BatchReport Report() => new([
            Ok(2, "002-a-feed.png", new TextAdjustment("judul", "feed", 74, 72.6f, 0)),
            RowReport.Failed(3, ["003-b-feed.png"], ["row 3: failed."]),
        ]);
        using var indonesian = UiLanguage.Indonesian();
        var original = CultureInfo.CurrentCulture;
        string english, german;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            english = ReportHtml.Write(Report(), "t");
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            german = ReportHtml.Write(Report(), "t");
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        Assert.Equal(english, german);
        Assert.Equal(english, ReportHtml.Write(Report(), "t"));
        Assert.Contains("74 → 72,6 px", english, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", english, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_fetches_nothing_and_runs_nothing()
    {
        var html = ReportHtml.Write(new BatchReport([Ok(2, "a.png")]), "t");

        var tags = Tags.Read(html);
        Assert.DoesNotContain(tags, t => t.Name is "script" or "link" or "iframe" or "object");
        Assert.DoesNotContain("http", string.Join(" ", tags.SelectMany(t => t.Attributes.Values)), StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_batch_tells_each_cut_text_once_under_its_image_in_indonesian()
    {
        var folder = TestPaths.NewTempFolder();
        var library = new TemplateLibrary(TestPaths.Templates);
        var template = ContentKit.Tests.Checks.TwoLineTemplate.Create(folder);
        using var renderer = new Renderer(library, library.Load(template), new RenderOptions { DataFolder = folder });
        var isi = string.Join(' ', Enumerable.Repeat("Warga diminta membawa KTP, Kartu Keluarga dan surat pengantar.", 6));
        var sheet = DataReader.Read(TestSheet.Write(folder, "pengumuman.csv", TestSheet.Row("Senam Sehat Bersama Warga", isi: isi)));
        using var indonesian = UiLanguage.Indonesian();

        var report = await BatchRunner.RunAsync(renderer, sheet, new BatchOptions { OutputFolder = Path.Combine(folder, "out") });
        var html = ReportHtml.Write(report, "Pengumuman");

        var row = Assert.Single(report.Rows);
        var cut = Assert.Single(row.Text, t => t.Clamped);
        var finding = Assert.Single(Assert.Single(row.Checks).Findings, f => f.Kind == ContentKit.Checks.FindingKind.TextCut);
        Assert.Contains($"<li class=\"error\"><b>feed: text[isi] dipotong agar muat: {cut.HiddenCharacters} dari", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, Regex.Escape($"<b>{System.Net.WebUtility.HtmlEncode(finding.Message)}</b>")));
        Assert.DoesNotContain("terpotong, ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_in_the_language_of_the_messages()
    {
        var report = new BatchReport([
            Ok(2, "002-a-feed.png", new TextAdjustment("judul", "feed", 74, 72.6f, 0)),
            RowReport.Failed(3, [], ["row 3, column 'tanggal': '31/02/2026' is not a date."]),
            Ok(4, "004-c-feed.png", new TextAdjustment(null, "story", 28, 24, 12)),
        ]);

        string english, indonesian;
        using (UiLanguage.English())
        {
            english = ReportHtml.Write(report, "Pengumuman");
        }

        using (UiLanguage.Indonesian())
        {
            indonesian = ReportHtml.Write(report, "Pengumuman");
        }

        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("<title>Pengumuman · ContentKit report</title>", english, StringComparison.Ordinal);
        Assert.Contains("<b>Failed rows</b>: <a href=\"#row-3\">3</a>", english, StringComparison.Ordinal);
        Assert.Contains("<li class=\"warn\"><b>judul</b> shrunk 74 → 72.6 px (feed)</li>", english, StringComparison.Ordinal);
        Assert.Contains("<li class=\"warn\"><b>text</b> cut, 12 characters hidden (story)</li>", english, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge failed\">Failed</span>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Baris", english, StringComparison.Ordinal);

        Assert.Contains("<html lang=\"id\">", indonesian, StringComparison.Ordinal);
        Assert.Contains("<title>Pengumuman · Laporan ContentKit</title>", indonesian, StringComparison.Ordinal);
        Assert.Contains("<b>Baris gagal</b>: <a href=\"#row-3\">3</a>", indonesian, StringComparison.Ordinal);
        Assert.Contains("<li class=\"warn\"><b>judul</b> diperkecil 74 → 72,6 px (feed)</li>", indonesian, StringComparison.Ordinal);
        Assert.Contains("<li class=\"warn\"><b>teks</b> terpotong, 12 karakter tersembunyi (story)</li>", indonesian, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge failed\">Gagal</span>", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("Failed", indonesian, StringComparison.Ordinal);

        // A message keeps the language it was written in; the report does not translate data.
        Assert.Contains("&#39;31/02/2026&#39; is not a date.", indonesian, StringComparison.Ordinal);
    }

    private static RowReport Ok(int row, string output, params TextAdjustment[] text) => new(row, RowStatus.Ok, [output], [], text);

    [GeneratedRegex("<span class=\"num\">(\\d+)</span>")]
    private static partial Regex StatNumbers();

    /// <summary>
    /// A strict reader for the markup ReportHtml writes: every '&lt;' must open a known tag whose attributes are
    /// known and quoted, and tags must nest. Text that escaped its escaping shows up as an unknown tag or attribute.
    /// </summary>
    private static partial class Tags
    {
        private static readonly HashSet<string> Known = ["html", "head", "meta", "title", "style", "body", "header", "p", "span", "h1", "h2", "main", "section", "nav", "b", "a", "article", "div", "figure", "img", "figcaption", "br", "ul", "li", "footer", "button", "script"];
        private static readonly HashSet<string> Void = ["meta", "img", "br"];
        private static readonly HashSet<string> KnownAttributes = ["lang", "charset", "name", "content", "http-equiv", "class", "id", "href", "src", "alt", "loading", "aria-label", "type", "data-done"];

        public static List<Tag> Read(string html)
        {
            var tags = new List<Tag>();
            var open = new Stack<string>();
            Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
            for (var at = html.IndexOf('<', 1); at >= 0; at = html.IndexOf('<', at + 1))
            {
                if (Close().Match(html, at) is { Success: true } close)
                {
                    Assert.True(open.TryPop(out var expected) && expected == close.Groups[1].Value, $"</{close.Groups[1].Value}> at {at} closes {expected ?? "nothing"}.");
                    continue;
                }

                var tag = Open().Match(html, at);
                Assert.True(tag.Success, $"Not a tag ReportHtml writes, at {at}: {html.Substring(at, Math.Min(60, html.Length - at))}");
                var name = tag.Groups[1].Value;
                Assert.Contains(name, Known);
                var attributes = tag.Groups[2].Captures.Select((c, i) => (Name: c.Value, Value: tag.Groups[3].Captures[i].Value)).ToList();
                Assert.All(attributes, a => Assert.Contains(a.Name, KnownAttributes));
                tags.Add(new Tag(name, attributes.ToDictionary(a => a.Name, a => a.Value)));
                if (!Void.Contains(name))
                {
                    open.Push(name);
                }

                if (name is "style" or "script")
                {
                    at = html.IndexOf($"</{name}>", at, StringComparison.Ordinal) - 1;
                }
            }

            Assert.Empty(open);
            return tags;
        }

        [GeneratedRegex("\\G</([a-z0-9]+)>")]
        private static partial Regex Close();

        [GeneratedRegex("\\G<([a-z0-9]+)(?:\\s+([a-z-]+)=\"([^\"<>]*)\")*>")]
        private static partial Regex Open();
    }

    private sealed record Tag(string Name, Dictionary<string, string> Attributes);
}
