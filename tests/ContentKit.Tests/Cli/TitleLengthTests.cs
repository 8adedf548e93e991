using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

/// <summary>A 4-word title and a 40-word one in one batch: both render, and the report says what was done to the long one.</summary>
public sealed class TitleLengthTests
{
    private const string ShortTitle = "Lomba Desain Poster";

    private const string LongTitle =
        "Pengumuman Hasil Seleksi Administrasi dan Jadwal Pelaksanaan Tes Kompetensi Dasar bagi Seluruh Peserta Calon Pegawai " +
        "Pemerintah dengan Perjanjian Kerja di Lingkungan Pemerintah Kota Blitar Tahun Anggaran 2026 yang Dinyatakan Memenuhi " +
        "Syarat oleh Panitia Seleksi Daerah Sesuai Ketentuan yang Berlaku Kini";

    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task A_forty_word_title_renders_and_the_report_names_its_row_and_field_as_shrunk_or_cut()
    {
        Assert.Equal(40, LongTitle.Split(' ').Length);
        var data = TestSheet.Write(_folder, "judul.csv", TestSheet.Row(ShortTitle), TestSheet.Row(LongTitle));
        var output = Path.Combine(_folder, "out");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--format", "feed,story", "--out", output);

        Assert.Equal(0, result.ExitCode);
        var rows = ReportFile.Read(output);
        Assert.Empty(rows.Row(2).Text);
        var adjustments = rows.Row(3).Text;
        Assert.Equal(["feed", "story"], adjustments.Where(t => t.Field == "judul").Select(t => t.Format).Order());
        Assert.All(adjustments, t => Assert.True(t.Size < t.RequestedSize || t.HiddenCharacters > 0, $"{t} was neither shrunk nor cut"));
        Assert.Contains(rows.Row(3).Messages, m => m.Contains("row 3, column 'judul'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Strict_text_fails_the_row_whose_title_was_cut_and_writes_none_of_its_files()
    {
        var data = TestSheet.Write(_folder, "judul.csv", TestSheet.Row(ShortTitle), TestSheet.Row(LongTitle));
        var output = Path.Combine(_folder, "strict");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output, "--strict-text");

        Assert.Equal(1, result.ExitCode);
        var rows = ReportFile.Read(output);
        Assert.Equal("ok", rows.Row(2).Status);
        Assert.Equal("failed", rows.Row(3).Status);
        Assert.True(rows.Row(3).Messages.Any(m => m.Contains("--strict-text", StringComparison.Ordinal) && m.Contains("'judul'", StringComparison.Ordinal)), rows.Row(3).ToString());
        Assert.Single(Directory.GetFiles(output, "*.png"));
        Assert.Empty(Directory.GetFiles(output, "*.ck-tmp", SearchOption.AllDirectories));
        Assert.Equal([".contentkit-cache.json"], Directory.GetFiles(output, ".*").Select(Path.GetFileName));
    }
}
