using System.Text.Json;
using SkiaSharp;

namespace ContentKit.Tests.Pdf;

/// <summary>
/// <c>--type pdf</c> on the A4 print format, read back with poppler: the text is text, every font is embedded as a subset,
/// the page is A4, the same run gives the same bytes, and the page looks like the PNG render of the same row.
/// </summary>
public sealed class PdfOutputTests(PrintRenders renders) : IClassFixture<PrintRenders>
{
    private const string Row2 = "002-senam-sehat-bersama-warga-a4";
    private const string Row3 = "003-vaksinasi-gratis-untuk-lansia-a4";

    /// <summary>Pages are compared at a tenth of their 300 dpi size: 248 × 351 pixels, 30 dpi.</summary>
    private const int SmallWidth = 248;
    private const int SmallHeight = 351;

    /// <summary>
    /// Poppler and Skia at a tenth of the size agree to within a mean of this many levels (of 255, over R, G and B): measured
    /// 4.6, most of it in the photo (embedded as JPEG, scaled by poppler) and at letter edges. Another row's page of the same
    /// design differs by about 12 (asserted below).
    /// </summary>
    private const double MeanTolerance = 6.5;

    /// <summary>And at most this share of pixels differ by more than <see cref="FarLevels"/> in any channel (measured 3.4%).</summary>
    private const double FarShareTolerance = 0.05;

    private const int FarLevels = 48;

    [Fact]
    public void A4_pdf_of_a_sample_row_holds_its_title_and_details_as_text()
    {
        Assert.True(renders.First.ExitCode == 0, renders.First.ToString());
        var text = Poppler.Text(Path.Combine(renders.Pdf, Row2 + ".pdf"));

        Assert.Contains("Senam Sehat Bersama Warga", text, StringComparison.Ordinal);
        Assert.Contains("Minggu, 5 Juli 2026", text, StringComparison.Ordinal);
        Assert.Contains("Alun-alun Kota Blitar", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vaksinasi", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_font_of_the_pdf_is_embedded_as_a_subset()
    {
        var fonts = Poppler.Fonts(Path.Combine(renders.Pdf, Row2 + ".pdf"));

        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.True(font.Embedded && font.Subset, $"{font.Name} ({font.Type}) embedded: {font.Embedded}, subset: {font.Subset}"));
        Assert.Contains(fonts, font => font.Name.EndsWith("+PlusJakartaSans-ExtraBold", StringComparison.Ordinal));
    }

    [Fact]
    public void A4_page_is_595_by_842_points_with_no_date_and_the_same_bytes_every_run()
    {
        var file = Path.Combine(renders.Pdf, Row2 + ".pdf");
        var info = Poppler.Info(file);

        Assert.Equal("1", info["Pages"]);
        Assert.StartsWith("595.2 x 841.92 pts (A4)", info["Page size"], StringComparison.Ordinal);
        Assert.False(info.ContainsKey("CreationDate"), string.Join(", ", info.Keys));
        Assert.True(
            File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(renders.PdfAgain, Row2 + ".pdf"))),
            "the second run's PDF differs from the first's");
    }

    [Fact]
    public void Pdf_page_drawn_by_poppler_looks_like_the_png_render_of_the_same_row()
    {
        var page = Poppler.Raster(Path.Combine(renders.Pdf, Row2 + ".pdf"), 1, SmallWidth, SmallHeight);
        var same = Compare(page, File.ReadAllBytes(Path.Combine(renders.Png, Row2 + ".png")));
        var other = Compare(page, File.ReadAllBytes(Path.Combine(renders.Png, Row3 + ".png")));

        Assert.True(same.Mean <= MeanTolerance && same.FarShare <= FarShareTolerance, $"PDF against its PNG: mean {same.Mean:F2} levels, {same.FarShare:P2} far (against another row's: {other.Mean:F2}, {other.FarShare:P2})");
        // The tolerance tells pages apart: row 2's page against row 3's PNG (the same design, another photo and text) fails it.
        Assert.True(other.Mean > MeanTolerance || other.FarShare > FarShareTolerance, $"PDF against another row's PNG: mean {other.Mean:F2} levels, {other.FarShare:P2} far");
    }

    [Fact]
    public void Pdf_combine_writes_every_row_in_row_order_into_one_pdf_listed_in_the_report()
    {
        var combined = Path.Combine(renders.Pdf, "pengumuman-a4-gabungan.pdf");

        Assert.Equal("2", Poppler.Info(combined)["Pages"]);
        Assert.Contains("Senam Sehat Bersama Warga", Poppler.Text(combined, 1), StringComparison.Ordinal);
        Assert.Contains("Vaksinasi Gratis", Poppler.Text(combined, 2), StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(renders.Pdf, "report.json")));
        Assert.Equal(["pengumuman-a4-gabungan.pdf"], report.RootElement.GetProperty("combined").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(Directory.GetFiles(renders.Pdf, "*.ck-tmp*"));
    }

    [Fact]
    public void Report_html_links_each_pdf_instead_of_showing_it_as_a_broken_image()
    {
        var html = File.ReadAllText(Path.Combine(renders.Pdf, "report.html"));

        Assert.Contains($"<a class=\"file\" href=\"{Row2}.pdf\">PDF</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=\"" + Row2, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_combine_without_type_pdf_is_a_usage_error_that_says_to_add_it()
    {
        var folder = Path.Combine(renders.Folder, "png-combine");
        var result = await Cli.Contentkit.RenderAsync("--data", Path.Combine(TestPaths.Samples, "pengumuman.csv"), "--template", "pengumuman", "--pdf-combine", "--out", folder);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("add --type pdf", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any());
    }

    /// <summary>Mean absolute difference (levels, over all channels) and the share of pixels far apart, at the small size.</summary>
    private static (double Mean, double FarShare) Compare(byte[] popplerPng, byte[] renderPng)
    {
        using var poppler = SKBitmap.Decode(popplerPng).Copy(SKColorType.Rgba8888);
        using var full = SKBitmap.Decode(renderPng).Copy(SKColorType.Rgba8888);
        using var small = full.Resize(new SKImageInfo(SmallWidth, SmallHeight, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        Assert.Equal((SmallWidth, SmallHeight), (poppler.Width, poppler.Height));
        var a = poppler.GetPixelSpan();
        var b = small.GetPixelSpan();
        long sum = 0;
        var far = 0;
        for (var i = 0; i < a.Length; i += 4)
        {
            var worst = 0;
            for (var c = 0; c < 3; c++)
            {
                var d = Math.Abs(a[i + c] - b[i + c]);
                sum += d;
                worst = Math.Max(worst, d);
            }

            far += worst > FarLevels ? 1 : 0;
        }

        var pixels = a.Length / 4;
        return (sum / (pixels * 3.0), far / (double)pixels);
    }
}
