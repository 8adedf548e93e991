using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

/// <summary><c>report.json</c>: one entry per row, numbered as a spreadsheet shows it, listing files that really exist.</summary>
public class ReportJsonTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    private string Output => Path.Combine(_folder, "out");

    [Fact]
    public async Task Report_lists_every_row_by_its_spreadsheet_number_with_status_outputs_and_messages()
    {
        // No photo: behind the header the sample photo leaves the brand lines unreadable, which would reject row 2.
        var data = TestSheet.Write(
            _folder,
            "agenda.csv",
            TestSheet.Row("Senam Sehat Bersama Warga", isi: "Baris pertama.\nBaris kedua dalam sel yang sama."),
            TestSheet.Row("", tanggal: "14/07/2026"),
            TestSheet.Row("Pelayanan KTP Keliling", tanggal: "21/07/2026"));

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output, "--format", "feed,story");

        Assert.True(result.ExitCode == 1, result.ToString());
        var report = ReportFile.Read(Output);
        Assert.Equal([2, 3, 4], report.Select(r => r.Row));
        Assert.Equal(["ok", "failed", "ok"], report.Select(r => r.Status));
        Assert.Empty(report.Row(2).Messages);
        Assert.Empty(report.Row(3).Outputs);
        Assert.Contains("judul", Assert.Single(report.Row(3).Messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_outputs_are_one_file_per_requested_format_with_that_format_s_pixel_size()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"), TestSheet.Row("Pelayanan KTP Keliling", tanggal: "21/07/2026"));

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output, "--format", "feed,story");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = ReportFile.Read(Output);
        Assert.Equal(2, report.Count);
        foreach (var row in report)
        {
            Assert.Equal(2, row.Outputs.Count);
            Assert.Equal([(1080, 1350), (1080, 1920)], row.Outputs.Select(o => Png.SizeOf(Path.Combine(Output, o))));
            Assert.All(row.Outputs, o => Assert.Equal(o, Path.GetFileName(o)));
        }

        var written = Directory.GetFiles(Output).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        // Each output has its alt text and caption beside it (NAME.txt).
        var outputs = report.SelectMany(r => r.Outputs).ToList();
        Assert.Equal(outputs.Concat(outputs.Select(o => Path.ChangeExtension(o, ".txt"))).Append("report.json").Append("report.html").Append(".contentkit-cache.json").Order(StringComparer.Ordinal), written);
    }

    [Fact]
    public async Task Without_a_format_the_template_s_first_format_is_rendered()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var output = Assert.Single(ReportFile.Read(Output).Row(2).Outputs);
        Assert.Equal((1080, 1350), Png.SizeOf(Path.Combine(Output, output)));
    }
}
