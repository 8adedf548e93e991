namespace ContentKit.Tests.Cli;

/// <summary>
/// Every built-in image template renders its own sample in every format with nothing for a reviewer to fix: no design-check
/// error and no warning (issue: "every built-in template, in every format, on its sample data").
/// </summary>
public sealed class SampleDesignCheckTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    [Theory]
    [InlineData("pengumuman", "pengumuman.csv")]
    [InlineData("kutipan", "kutipan.csv")]
    [InlineData("statistik", "statistik-penduduk.csv")]
    [InlineData("angka-kunci", "angka-kunci.csv")]
    [InlineData("agenda", "agenda.csv")]
    [InlineData("layanan", "layanan-ktp.csv")]
    [InlineData("ucapan", "ucapan.csv")]
    [InlineData("peringatan", "peringatan.csv")]
    [InlineData("lowongan", "lowongan.csv")]
    [InlineData("hoaks-fakta", "hoaks-fakta.csv")]
    [InlineData("duka-cita", "duka-cita.csv")]
    [InlineData("prestasi", "prestasi.csv")]
    [InlineData("dokumentasi", "dokumentasi.csv")]
    [InlineData("harga-pangan", "harga-pangan.csv")]
    [InlineData("jam-layanan", "jam-layanan.csv")]
    [InlineData("hitung-mundur", "hitung-mundur.csv")]
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
    }
}
