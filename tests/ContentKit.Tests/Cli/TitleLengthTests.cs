using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

/// <summary>
/// A 4-word title and a 40-word one in one batch: the long one is longer than the design holds (pengumuman's judul
/// takes 120 characters), so its row fails before anything is drawn, naming the field to shorten; the short one renders.
/// </summary>
public sealed class TitleLengthTests
{
    private const string ShortTitle = "Lomba Desain Poster";

    private const string LongTitle =
        "Pengumuman Hasil Seleksi Administrasi dan Jadwal Pelaksanaan Tes Kompetensi Dasar bagi Seluruh Peserta Calon Pegawai " +
        "Pemerintah dengan Perjanjian Kerja di Lingkungan Pemerintah Kota Blitar Tahun Anggaran 2026 yang Dinyatakan Memenuhi " +
        "Syarat oleh Panitia Seleksi Daerah Sesuai Ketentuan yang Berlaku Kini";

    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task A_forty_word_title_fails_its_row_with_a_message_naming_judul_and_nothing_cut()
    {
        Assert.Equal(40, LongTitle.Split(' ').Length);
        var data = TestSheet.Write(_folder, "judul.csv", TestSheet.Row(ShortTitle), TestSheet.Row(LongTitle));
        var output = Path.Combine(_folder, "out");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--format", "feed,story", "--out", output);

        Assert.Equal(1, result.ExitCode);
        var rows = ReportFile.Read(output);
        Assert.Equal("ok", rows.Row(2).Status);
        Assert.Equal(2, rows.Row(2).Outputs.Count);
        var row = rows.Row(3);
        Assert.Equal("failed", row.Status);
        Assert.Empty(row.Outputs);
        var message = Assert.Single(row.Messages);
        Assert.Contains("column 'judul'", message, StringComparison.Ordinal);
        Assert.Contains("at most 120", message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output, "003-*"));
    }

    [Fact]
    public async Task Strict_text_is_the_old_name_of_strict_and_gives_the_same_report()
    {
        var data = TestSheet.Write(_folder, "judul.csv", TestSheet.Row(ShortTitle), TestSheet.Row(LongTitle));

        var strict = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Path.Combine(_folder, "strict"), "--strict");
        var old = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Path.Combine(_folder, "old"), "--strict-text");

        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(strict.ExitCode, old.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(_folder, "strict", "report.json")), File.ReadAllText(Path.Combine(_folder, "old", "report.json")));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "strict"), "*.ck-tmp", SearchOption.AllDirectories));
    }
}
