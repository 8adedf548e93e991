using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

/// <summary>Exit codes scripts and CI jobs rely on: 0 all rendered, 1 some rows failed, 2 usage or template error, 130 cancelled.</summary>
public class ExitCodeTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    private string Output => Path.Combine(_folder, "out");

    [Fact]
    public async Task Render_exits_0_when_every_row_renders()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"), TestSheet.Row("Pelayanan KTP Keliling"));

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        Assert.All(ReportFile.Read(Output), row => Assert.Equal("ok", row.Status));
    }

    [Fact]
    public async Task Render_exits_1_when_some_rows_fail_and_still_renders_the_others()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"), TestSheet.Row("Tanggal salah", tanggal: "31/02/2026"));

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output);

        Assert.True(result.ExitCode == 1, result.ToString());
        var report = ReportFile.Read(Output);
        Assert.Equal("ok", report.Row(2).Status);
        Assert.Equal("failed", report.Row(3).Status);
        Assert.Contains("row 3", Assert.Single(report.Row(3).Messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_without_data_exits_2_and_says_data_is_required()
    {
        var result = await Contentkit.RenderAsync("--template", "pengumuman", "--out", Output);

        AssertUsageError(result, "--data");
    }

    [Fact]
    public async Task Render_with_an_unknown_option_exits_2_and_names_the_option()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output, "--colour", "merah");

        AssertUsageError(result, "--colour");
    }

    [Fact]
    public async Task Render_with_a_misspelt_template_exits_2_and_suggests_the_nearest_template()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumunan", "--out", Output);

        AssertUsageError(result, "'pengumunan'");
        Assert.Contains("did you mean 'pengumuman'", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Render_with_an_unknown_format_exits_2_and_lists_the_formats()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output, "--format", "feed,strory");

        AssertUsageError(result, "'strory'");
        Assert.Contains("did you mean 'story'", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("square", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sumber")]
    [InlineData("=BPS Kota Blitar")]
    public async Task Render_with_a_set_value_that_is_not_key_equals_value_exits_2_and_shows_the_form(string set)
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output, "--set", set);

        AssertUsageError(result, $"'{set}'");
        Assert.Contains("KEY=VALUE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_with_a_data_file_that_does_not_exist_exits_2_and_names_the_file()
    {
        var result = await Contentkit.RenderAsync("--data", Path.Combine(_folder, "agenda-juli.csv"), "--template", "pengumuman", "--out", Output);

        AssertUsageError(result, "agenda-juli.csv");
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_with_a_sheet_missing_a_required_column_exits_2_and_names_the_column()
    {
        string[] header = ["judul", "waktu", "tempat"];
        var data = TestSheet.WriteWithHeader(_folder, "agenda.csv", header, ["Senam Sehat Bersama Warga", "06.00 WIB", "Alun-alun Kota Blitar"]);

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output);

        AssertUsageError(result, "'tanggal'");
        Assert.DoesNotContain("'judul'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_with_a_name_pattern_using_an_unknown_placeholder_exits_2_and_names_it()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output, "--name", "{row}-{judull}");

        AssertUsageError(result, "{judull}");
    }

    [Fact]
    public async Task Render_with_a_sheet_name_the_workbook_lacks_exits_2_and_names_the_sheet()
    {
        var result = await Contentkit.RenderAsync(
            "--data", Path.Combine(TestPaths.Samples, "pengumuman.xlsx"), "--template", "pengumuman", "--out", Output, "--sheet", "Agustus");

        AssertUsageError(result, "Agustus");
    }

    [Fact]
    public async Task Render_cancelled_before_it_starts_exits_130_and_leaves_no_temporary_files()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var result = await Contentkit.RunAsync(["render", "--data", data, "--template", "pengumuman", "--out", Output, "--templates", TestPaths.Templates], cancellation.Token);

        Assert.True(result.ExitCode == 130, result.ToString());
        Assert.Empty(Directory.Exists(Output) ? Directory.GetFiles(Output, "*.ck-tmp", SearchOption.AllDirectories) : []);
    }

    /// <summary>Exit code 2, a message on the error writer that contains <paramref name="mention"/>, and nothing written.</summary>
    private void AssertUsageError(CliResult result, string mention)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(mention, result.Error, StringComparison.Ordinal);
        Assert.StartsWith("error:", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output) && Directory.EnumerateFileSystemEntries(Output).Any(), $"A usage error wrote into {Output}.");
    }
}
