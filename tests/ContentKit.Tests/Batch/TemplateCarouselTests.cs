using ContentKit.Templates;
using ContentKit.Tests.Cli;
using ContentKit.Tests.Visual;

namespace ContentKit.Tests.Batch;

/// <summary>
/// The carousel format of pengumuman (slides from named parts of one row) and layanan (slides from the rows of the table):
/// numbered NAME-1 … NAME-N, with their count and order in report.json, while the other formats stay single images.
/// </summary>
public sealed class TemplateCarouselTests
{
    private static readonly string[] Steps = ["langkah", "judul", "keterangan", "ikon"];
    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task A_pengumuman_row_is_a_carousel_with_a_slide_for_its_body_only_when_the_body_is_long()
    {
        var output = Path.Combine(_folder, "out");
        var longBody = string.Join(' ', Enumerable.Repeat("Bawa KTP dan Kartu Keluarga asli.", 6));
        var data = TestSheet.Write(_folder, "pengumuman.csv", TestSheet.Row("Senam Sehat", isi: "Terbuka untuk umum."), TestSheet.Row("Vaksinasi Lansia", isi: longBody));

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--format", "carousel", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = ReportFile.Read(output);
        // Cover, when and where (with the short body), closing; the long body gets a slide of its own before the closing one.
        Assert.Equal(("carousel", 3), (Describe(report.Row(2)).Format, Describe(report.Row(2)).Count));
        Assert.Equal(["002-senam-sehat-carousel-1.png", "002-senam-sehat-carousel-2.png", "002-senam-sehat-carousel-3.png"], Describe(report.Row(2)).Slides);
        Assert.Equal(4, Describe(report.Row(3)).Count);
        Assert.Equal([.. Enumerable.Range(1, 4).Select(n => $"003-vaksinasi-lansia-carousel-{n}.png")], Describe(report.Row(3)).Slides);
        Assert.Equal(7, Directory.GetFiles(output, "*.png").Length);
    }

    [Fact]
    public void Each_pengumuman_slide_shows_its_part_and_its_number_of_the_series()
    {
        var library = new TemplateLibrary(TestPaths.Templates);
        using var renderer = new Renderer(library, library.Load("pengumuman"));
        var row = renderer.Bind(
            new Dictionary<string, object?>
            {
                ["judul"] = "Festival Kuliner",
                ["tanggal"] = "15/08/2026",
                ["waktu"] = "16.00 - 22.00 WIB",
                ["isi"] = string.Join(' ', Enumerable.Repeat("Lebih dari 60 stan UMKM menyajikan kuliner khas Blitar.", 4)),
                ["tautan"] = "https://blitarkota.go.id/agenda",
            },
            rowNumber: 2);
        var format = renderer.Template.Format("carousel");

        var markups = renderer.Template.Plan([row], format).Select(unit => renderer.RenderMarkup(unit, format)).ToList();

        Assert.Equal(4, markups.Count);
        Assert.All(markups.Select((markup, i) => (markup, i)), m => Assert.Contains($">{m.i + 1}/4</text>", m.markup));
        Assert.Contains(">Festival Kuliner</text>", markups[0]);
        Assert.Contains(">Kapan dan di mana</text>", markups[1]);
        Assert.Contains(">16.00 - 22.00 WIB</text>", markups[1]);
        Assert.Contains(">Yang perlu diketahui</text>", markups[2]);
        Assert.Contains("<qr ", markups[3]);
        // The feed format of the same template is still one image.
        Assert.Single(renderer.Template.Plan([row], renderer.Template.Format("feed")));
    }

    [Fact]
    public async Task A_layanan_table_is_one_carousel_whose_slides_share_the_steps_evenly()
    {
        var output = Path.Combine(_folder, "out");
        var rows = Enumerable.Range(1, 5).Select(n => new[] { $"{n}", $"Langkah {n}", $"Penjelasan langkah {n}.", "circle-check" }).ToArray();
        var data = TestSheet.WriteWithHeader(_folder, "layanan.csv", Steps, rows);

        var result = await Contentkit.RenderAsync("--data", data, "--template", "layanan", "--format", "carousel,feed", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = ReportFile.Read(output);
        string[] slides = [.. Enumerable.Range(1, 4).Select(n => $"layanan-carousel-{n}.png")];
        // Cover, steps 1-3, steps 4-5 (never 3 + 2 + ... with a lonely last step), closing; told once, on the table's first row.
        Assert.Equal(("carousel", 4), (Describe(report.Row(2)).Format, Describe(report.Row(2)).Count));
        Assert.Equal(slides, Describe(report.Row(2)).Slides);
        Assert.All(Enumerable.Range(3, 4), n => Assert.Null(report.Row(n).Carousels));
        Assert.Equal(["layanan-1-feed.png", .. slides], Directory.GetFiles(output, "*.png").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var alt = File.ReadAllText(Path.Combine(output, "layanan-carousel-3.txt"));
        Assert.Contains("Langkah 4, Langkah 4", alt, StringComparison.Ordinal);
        Assert.DoesNotContain("Langkah 3,", alt, StringComparison.Ordinal);
    }

    private static (string Format, int Count, string[] Slides) Describe(ReportRow row)
    {
        var carousel = Assert.Single(row.Carousels!);
        return (carousel.Format, carousel.Count, [.. carousel.Slides]);
    }
}
