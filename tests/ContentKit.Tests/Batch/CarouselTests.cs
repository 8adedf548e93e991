using ContentKit.Templates;
using ContentKit.Tests.Cli;
using ContentKit.Tests.Visual;

namespace ContentKit.Tests.Batch;

/// <summary>
/// The carousel template makes each row a numbered series of slides (cover, one per item of <c>poin</c>, closing), written
/// NAME-1 … NAME-N, listed in order in report.json; a row that cannot become a whole carousel writes none of it.
/// </summary>
public sealed class CarouselTests
{
    private static readonly string[] Header = ["label", "judul", "pengantar", "poin", "ajakan", "tautan", "kontak"];
    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task A_carousel_from_one_row_writes_numbered_slides_whose_count_and_order_are_in_the_report()
    {
        var output = Path.Combine(_folder, "out");

        var result = await Render(output, Row("3 langkah bayar PBB", "Cek tagihan: Buka laman pajak daerah.", "Bayar: Lewat bank atau minimarket.", "Simpan bukti: Unduh bukti bayar."));

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] expected = [.. Enumerable.Range(1, 5).Select(n => $"002-3-langkah-bayar-pbb-feed-{n}.png")];
        Assert.Equal(expected, Directory.GetFiles(output, "*.png").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var row = ReportFile.Read(output).Row(2);
        Assert.Equal("ok", row.Status);
        var carousel = Assert.Single(row.Carousels!);
        Assert.Equal(("feed", 5), (carousel.Format, carousel.Count));
        Assert.Equal(expected, carousel.Slides);
        Assert.All(expected, name => Assert.True(Png.IsComplete(Path.Combine(output, name)), name));
    }

    [Fact]
    public void Each_slide_prints_its_own_number_of_the_series_and_its_part()
    {
        var library = new TemplateLibrary(TestPaths.Templates);
        using var renderer = new Renderer(library, library.Load("carousel"));
        var row = renderer.Bind(
            new Dictionary<string, object?>
            {
                ["judul"] = "Dua hal tentang KTP-el",
                ["poin"] = "Gratis: Tidak dipungut biaya.;Seumur hidup: Tidak perlu diperpanjang.",
            },
            rowNumber: 2);
        var format = renderer.Template.Format("feed");

        var markups = renderer.Template.Plan([row], format).Select(unit => renderer.RenderMarkup(unit, format)).ToList();

        Assert.Equal(4, markups.Count);
        for (var n = 1; n <= 4; n++)
        {
            Assert.Contains($">{n}/4</text>", markups[n - 1]);
            Assert.DoesNotContain($">{(n % 4) + 1}/4</text>", markups[n - 1]);
        }

        Assert.Contains(">Dua hal tentang KTP-el</text>", markups[0]);
        Assert.Contains(">01</text>", markups[1]);
        Assert.Contains(">Gratis</text>", markups[1]);
        Assert.Contains(">Tidak dipungut biaya.</text>", markups[1]);
        Assert.Contains(">02</text>", markups[2]);
        Assert.Contains(">Seumur hidup</text>", markups[2]);
        Assert.Contains(">Ikuti @pemkotblitar</text>", markups[3]);
        Assert.DoesNotContain("Geser", markups[3]);
    }

    [Fact]
    public async Task A_row_with_more_slides_than_instagram_shows_writes_no_slide_and_names_its_column()
    {
        var output = Path.Combine(_folder, "out");
        var tooMany = Enumerable.Range(1, 19).Select(n => $"Poin {n}: Penjelasan {n}.").ToArray();

        var result = await Render(output, Row("Sembilan belas poin", tooMany), Row("Dua poin saja", "Satu: Pertama.", "Dua: Kedua."));

        Assert.Equal(1, result.ExitCode);
        var rows = ReportFile.Read(output);
        Assert.Equal("failed", rows.Row(2).Status);
        Assert.Contains(rows.Row(2).Messages, m => m.Contains("poin", StringComparison.Ordinal) && m.Contains("21", StringComparison.Ordinal));
        Assert.Null(rows.Row(2).Carousels);
        Assert.Empty(Directory.GetFiles(output, "002-*"));
        Assert.Equal(4, Directory.GetFiles(output, "003-*.png").Length);
        Assert.Equal(4, Assert.Single(rows.Row(3).Carousels!).Count);
    }

    [Fact]
    public async Task A_shorter_series_moves_the_slides_it_no_longer_has_to_stale_and_keeps_the_unchanged_cover()
    {
        var output = Path.Combine(_folder, "out");
        await Render(output, Row("Tips sehat", "Satu: Pertama.", "Dua: Kedua.", "Tiga: Ketiga."));
        var cover = Path.Combine(output, "002-tips-sehat-feed-1.png");
        var written = File.GetLastWriteTimeUtc(cover);

        var result = await Render(output, Row("Tips sehat", "Satu: Pertama.", "Dua: Kedua."));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(4, Directory.GetFiles(output, "*.png").Length);
        Assert.True(File.Exists(Path.Combine(output, "stale", "002-tips-sehat-feed-5.png")));
        // The cover says "1/4" now instead of "1/5": it is a new image, while nothing stale is left beside it.
        Assert.NotEqual(written, File.GetLastWriteTimeUtc(cover));
        Assert.Equal(4, Assert.Single(ReportFile.Read(output).Row(2).Carousels!).Count);
    }

    private static string[] Row(string judul, params string[] poin) => ["Info", judul, "", string.Join(';', poin), "", "", ""];

    private Task<CliResult> Render(string output, params string[][] rows)
    {
        var data = TestSheet.WriteWithHeader(_folder, "carousel.csv", Header, rows);
        return Contentkit.RenderAsync("--data", data, "--template", "carousel", "--format", "feed", "--out", output);
    }
}
