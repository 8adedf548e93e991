using ContentKit.Output;

namespace ContentKit.Tests.Visual;

/// <summary>
/// Every built-in template renders its sample's first output in every format it declares, pinned by a
/// reference image. Together with <see cref="TemplateGoldenImageTests"/> this is the whole library.
/// </summary>
public sealed class TemplateLibraryGoldenImageTests(SampleRendererFixture fixture) : IClassFixture<SampleRendererFixture>
{
    public static TheoryData<string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string>();
        (string Template, string Sample, string[] Formats)[] library =
        [
            ("statistik", "statistik-penduduk.csv", ["feed", "square", "story", "landscape"]),
            ("angka-kunci", "angka-kunci.csv", ["feed", "square", "story", "landscape"]),
            ("agenda", "agenda.csv", ["feed", "square", "story", "landscape"]),
            ("layanan", "layanan-ktp.csv", ["feed", "square", "story", "landscape", "carousel"]),
            ("ucapan", "ucapan.csv", ["feed", "square", "story", "landscape"]),
            ("dokumentasi", "dokumentasi.csv", ["feed", "square", "story", "landscape"]),
            ("harga-pangan", "harga-pangan.csv", ["feed", "square", "story", "landscape"]),
            ("jam-layanan", "jam-layanan.csv", ["feed", "square", "story", "landscape"]),
            ("hitung-mundur", "hitung-mundur.csv", ["feed", "square", "story", "landscape"]),
            ("capaian", "capaian.csv", ["feed", "square", "story", "landscape"]),
            ("pengumuman", "pengumuman.csv", ["landscape", "carousel"]),
            ("kutipan", "kutipan.csv", ["landscape"]),
        ];
        foreach (var (template, sample, formats) in library)
        {
            foreach (var format in formats)
            {
                cases.Add(template, sample, format);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Template_renders_its_sample_like_the_reference(string template, string sample, string format)
    {
        var (renderer, unit) = fixture.Samples.FirstOutput(template, sample, format);
        using var png = new MemoryStream();
        renderer.Render(unit, renderer.Template.Format(format), OutputType.Png, png);

        var reference = Path.Combine(GoldenFile.Folder("Visual"), $"{template}-{format}.png");
        Assert.Null(GoldenFile.Check(reference, png.ToArray(), ImageComparison.Within(ImageTolerance.For(renderer, unit))));
    }

    [Theory]
    [InlineData("feed")]
    [InlineData("landscape")]
    public void A_chart_from_xlsx_numbers_and_one_from_indonesian_csv_text_are_identical(string format)
    {
        byte[] Render(string sample)
        {
            var (renderer, unit) = fixture.Samples.FirstOutput("statistik", sample, format);
            using var png = new MemoryStream();
            renderer.Render(unit, renderer.Template.Format(format), OutputType.Png, png);
            return png.ToArray();
        }

        // statistik-penduduk.csv writes 11.482 as text; the .xlsx holds 11482 as a number cell.
        Assert.Equal(Render("statistik-penduduk.csv"), Render("statistik-penduduk.xlsx"));
    }
}
