using System.Text.Json.Nodes;

namespace ContentKit.Tests.Cli;

/// <summary>
/// Every built-in image template renders its own sample in every format with nothing for a reviewer to fix: no design-check
/// error and no warning (issue: "every built-in template, in every format, on its sample data").
/// </summary>
public sealed class SampleDesignCheckTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    /// <summary>Every built-in image template but the carousel (its own test below) and its sample sheet.</summary>
    public static TheoryData<string, string> Samples => new()
    {
        { "pengumuman", "pengumuman.csv" },
        { "kutipan", "kutipan.csv" },
        { "statistik", "statistik-penduduk.csv" },
        { "angka-kunci", "angka-kunci.csv" },
        { "agenda", "agenda.csv" },
        { "layanan", "layanan-ktp.csv" },
        { "ucapan", "ucapan.csv" },
        { "peringatan", "peringatan.csv" },
        { "lowongan", "lowongan.csv" },
        { "hoaks-fakta", "hoaks-fakta.csv" },
        { "duka-cita", "duka-cita.csv" },
        { "prestasi", "prestasi.csv" },
        { "dokumentasi", "dokumentasi.csv" },
        { "harga-pangan", "harga-pangan.csv" },
        { "jam-layanan", "jam-layanan.csv" },
        { "hitung-mundur", "hitung-mundur.csv" },
        { "capaian", "capaian.csv" },
    };

    [Fact]
    public void Every_built_in_image_template_is_rendered_here_and_declares_alt_text_and_a_caption()
    {
        var images = Directory.GetFiles(TestPaths.Templates, "template.json", SearchOption.AllDirectories)
            .Select(path => (Id: Path.GetFileName(Path.GetDirectoryName(path))!, Manifest: JsonNode.Parse(File.ReadAllText(path))!))
            .Where(t => (string?)t.Manifest["kind"] == "image")
            .ToList();

        // A template added tomorrow fails here until its sample is rendered above, with its alt text and caption.
        Assert.Equal(Samples.Select(s => (string)s[0]).Append("carousel").Order(StringComparer.Ordinal), images.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.All(images, t => Assert.True(t.Manifest["alt"] is not null && t.Manifest["caption"] is not null, $"{t.Id}/template.json declares no alt or no caption"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_built_in_template_renders_its_sample_in_every_format_with_no_finding(string template, string sample)
    {
        var output = Path.Combine(_folder, template);

        var result = await Contentkit.RenderAsync("--data", Path.Combine(TestPaths.Samples, sample), "--template", template, "--format", "feed,square,story,landscape", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = ReportFile.Read(output);
        var findings = rows.SelectMany(r => r.Checks).SelectMany(c => c.Findings).Select(f => $"{f.Format}: {f.Message}").ToList();
        Assert.True(findings.Count == 0, $"{template}: {findings.Count} findings\n{string.Join("\n", findings)}");
        Assert.All(rows, r => Assert.Equal("ok", r.Status));
        Assert.Equal(4, rows.SelectMany(r => r.Checks).Select(c => c.Format).Distinct().Count());
        PostTextFiles.AssertEveryOutputHasOne(output, rows.SelectMany(r => r.Outputs));
    }

    [Theory]
    [InlineData("pengumuman", "pengumuman.csv")]
    [InlineData("agenda", "agenda.csv")]
    [InlineData("layanan", "layanan-ktp.csv")]
    public async Task A_print_template_renders_its_sample_on_a4_and_a3_with_no_finding(string template, string sample)
    {
        var output = Path.Combine(_folder, template + "-cetak");

        var result = await Contentkit.RenderAsync("--data", Path.Combine(TestPaths.Samples, sample), "--template", template, "--format", "a4,a3", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = ReportFile.Read(output);
        var findings = rows.SelectMany(r => r.Checks).SelectMany(c => c.Findings).Select(f => $"{f.Format}: {f.Message}").ToList();
        Assert.True(findings.Count == 0, $"{template}: {findings.Count} findings\n{string.Join("\n", findings)}");
        Assert.Equal(["a3", "a4"], rows.SelectMany(r => r.Checks).Select(c => c.Format).Distinct().Order());
    }

    [Fact]
    public async Task A_condolence_with_a_portrait_and_every_text_near_its_limit_fits_every_format()
    {
        // The longest row duka-cita allows, with a portrait: the portrait and the spacing give way, so nothing is cut off.
        var data = Path.Combine(_folder, "duka-cita-panjang");
        Directory.CreateDirectory(data);
        File.Copy(Path.Combine(TestPaths.Samples, "foto", "astronot.jpg"), Path.Combine(data, "potret.jpg"));
        File.WriteAllText(Path.Combine(data, "duka.csv"), """
            nama;jabatan;wafat;usia;agama;pesan;pengirim;foto
            Prof. Dr. H. Muhammad Abdurrahman Wahyudi, S.H., M.Hum.;Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Blitar periode 2019 sampai dengan 2024;06/12/2026;58;islam;Semoga almarhum husnul khatimah, diampuni segala khilafnya, diterima amal ibadahnya, dan keluarga yang ditinggalkan diberi ketabahan dan kekuatan.;Wali Kota Blitar beserta seluruh jajaran ASN di lingkungan Pemerintah Kota Blitar;potret.jpg
            """);
        var output = Path.Combine(_folder, "duka-cita-panjang-hasil");

        var result = await Contentkit.RenderAsync("--data", Path.Combine(data, "duka.csv"), "--template", "duka-cita", "--format", "feed,square,story,landscape", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var row = Assert.Single(ReportFile.Read(output));
        Assert.Equal("ok", row.Status);
        Assert.Equal(4, row.Outputs.Count);
    }

    [Fact]
    public async Task The_carousel_sample_renders_every_slide_in_both_carousel_sizes_with_no_finding()
    {
        var output = Path.Combine(_folder, "carousel");

        var result = await Contentkit.RenderAsync("--data", Path.Combine(TestPaths.Samples, "carousel.csv"), "--template", "carousel", "--format", "feed,square", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = ReportFile.Read(output);
        var findings = rows.SelectMany(r => r.Checks).SelectMany(c => c.Findings).Select(f => $"{f.Format}: {f.Message}").ToList();
        Assert.True(findings.Count == 0, $"carousel: {findings.Count} findings\n{string.Join("\n", findings)}");
        Assert.All(rows, r => Assert.Equal("ok", r.Status));
        // Three rows of 5, 4 and 3 items: a cover and a closing slide each, in feed and square.
        Assert.Equal([7, 7, 6, 6, 5, 5], rows.SelectMany(r => r.Carousels!).Select(c => c.Count));
        Assert.Equal(36, rows.SelectMany(r => r.Checks).Count());
        // Every slide has its own alt text (what that slide says) beside the carousel's caption.
        PostTextFiles.AssertEveryOutputHasOne(output, rows.SelectMany(r => r.Outputs));
        Assert.All(rows.SelectMany(r => r.Carousels!), c =>
            Assert.Equal(c.Count, c.Slides.Select(s => File.ReadAllText(Path.Combine(output, Path.ChangeExtension(s, ".txt")))).Distinct().Count()));
    }
}
