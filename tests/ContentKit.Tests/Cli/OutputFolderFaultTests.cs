using System.Diagnostics;
using System.Globalization;
using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

/// <summary>
/// <c>contentkit render</c> against an output folder in trouble: another run holding it, a file in the way of an
/// output or of the report, stale files of deleted rows, and shards written one after the other.
/// </summary>
public sealed class OutputFolderFaultTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    private string Output => Path.Combine(_folder, "out");

    private string Lock => Path.Combine(Output, ".contentkit.lock");

    [Theory]
    [InlineData("en", "is in use by another ContentKit run (process {0}); two runs into one folder would mix their files and reports. Wait for that run to finish, or choose another folder with --out.")]
    [InlineData("id", "sedang dipakai oleh proses ContentKit lain (proses {0}); dua proses dalam satu folder akan mencampur berkas dan laporannya. Tunggu sampai proses itu selesai, atau pilih folder lain dengan --out.")]
    public async Task A_second_run_into_a_folder_another_run_holds_exits_2_naming_that_process_and_writes_nothing(string language, string expected)
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));
        using var holder = Process.Start("sleep", "60");
        try
        {
            Directory.CreateDirectory(Output);
            File.WriteAllText(Lock, holder.Id.ToString(CultureInfo.InvariantCulture));

            var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output, "--lang", language);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(string.Format(CultureInfo.InvariantCulture, expected, holder.Id), result.Error.ReplaceLineEndings(" "), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
            Assert.Equal([Lock], Directory.GetFiles(Output));
        }
        finally
        {
            holder.Kill();
        }
    }

    [Fact]
    public async Task The_lock_of_a_run_that_no_longer_runs_is_taken_over_and_removed_at_the_end()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));
        using var gone = Process.Start("true");
        await gone.WaitForExitAsync();
        Directory.CreateDirectory(Output);
        File.WriteAllText(Lock, gone.Id.ToString(CultureInfo.InvariantCulture));

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(Lock));
    }

    [Theory]
    [InlineData("en", "2 files an earlier run made for rows this sheet no longer has (deleted or renamed) were moved to")]
    [InlineData("id", "2 berkas buatan proses sebelumnya untuk baris yang sudah tidak ada di lembar ini (dihapus atau diganti nama) dipindahkan ke")]
    public async Task Files_of_edited_and_deleted_rows_move_to_stale_and_files_contentkit_did_not_make_stay(string language, string expected)
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat"), TestSheet.Row("Rapat Lama"), TestSheet.Row("Acara Batal"));
        Assert.Equal(0, (await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output)).ExitCode);
        File.WriteAllText(Path.Combine(Output, "catatan.txt"), "milik pengguna");
        File.Copy(Path.Combine(Output, "002-senam-sehat-feed.png"), Path.Combine(Output, "poster-saya.png"));
        TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat"), TestSheet.Row("Rapat Baru"));

        var result = await Contentkit.RunAsync(["render", "--data", data, "--template", "pengumuman", "--out", Output, "--lang", language, "--templates", TestPaths.Templates], _ => null, width: 400);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        var files = Directory.GetFiles(Output).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal([".contentkit-cache.json", "002-senam-sehat-feed.png", "002-senam-sehat-feed.txt", "003-rapat-baru-feed.png", "003-rapat-baru-feed.txt", "catatan.txt", "poster-saya.png", "report.html", "report.json"], files);
        Assert.Equal(
            ["003-rapat-lama-feed.png", "003-rapat-lama-feed.txt", "004-acara-batal-feed.png", "004-acara-batal-feed.txt"],
            Directory.GetFiles(Path.Combine(Output, "stale")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "report.json"))).RootElement;
        Assert.Equal(["003-rapat-lama-feed.png", "004-acara-batal-feed.png"], report.GetProperty("stale").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_row_that_now_fails_keeps_the_file_an_earlier_run_made_for_it()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat"), TestSheet.Row("Rapat"));
        Assert.Equal(0, (await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output)).ExitCode);
        TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat"), TestSheet.Row("Rapat", tanggal: "31/02/2026"));

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(File.Exists(Path.Combine(Output, "003-rapat-feed.png")));
        Assert.False(Directory.Exists(Path.Combine(Output, "stale")));
    }

    [Fact]
    public async Task Shards_written_one_after_the_other_into_one_folder_leave_one_report_and_cache_of_the_whole_sheet()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Satu"), TestSheet.Row("Dua"), TestSheet.Row("Tiga"), TestSheet.Row("Empat"));

        Assert.Equal(0, (await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output, "--shard", "1/2")).ExitCode);
        Assert.Equal(0, (await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output, "--shard", "2/2")).ExitCode);

        Assert.Equal([2, 3, 4, 5], ReportFile.Read(Output).Select(r => r.Row));
        Assert.All(ReportFile.Read(Output), r => Assert.Equal("ok", r.Status));
        var whole = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output);
        Assert.True(whole.ExitCode == 0, whole.ToString());
        Assert.All(ReportFile.Read(Output), r => Assert.Equal("skipped", r.Status));
        Assert.False(Directory.Exists(Path.Combine(Output, "stale")));
    }

    [Theory]
    [InlineData("report.json")]
    [InlineData("003-dua-feed.png")]
    public async Task A_file_that_cannot_be_written_exits_2_naming_it_without_a_stack_trace(string blocked)
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Satu"), TestSheet.Row("Dua"));
        // A folder where the file should go: renaming onto it fails for every user, root too, as a full disk or read-only folder does.
        Directory.CreateDirectory(Path.Combine(Output, blocked));

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output, "--jobs", "1");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"Could not write '{Path.Combine(Output, blocked)}'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Free some disk space, or choose with --out a folder you may write to", result.Error.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Output, "*.ck-tmp"));
        Assert.False(File.Exists(Lock));
        if (blocked != "report.json")
        {
            // The report is not lost: the row written is ok, the one that could not be is not.
            var report = ReportFile.Read(Output);
            Assert.Equal(("ok", "skipped"), (report.Row(2).Status, report.Row(3).Status));
        }
    }
}
