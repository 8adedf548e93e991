using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

/// <summary>What a first-time user runs into: a bare command, a typo, an output folder that cannot be written, rows that are not there.</summary>
public class PapercutTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task Bare_contentkit_shows_the_help_and_exits_0()
    {
        var result = await Contentkit.RunAsync([]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("render", result.Output, StringComparison.Ordinal);
        Assert.Contains("validate", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task A_misspelt_command_gets_the_nearest_command()
    {
        var result = await Contentkit.RunAsync(["rendr", "--data", "x.csv"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'rendr'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'render'?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_option_gets_the_nearest_option_of_its_command_in_indonesian_too()
    {
        var result = await Contentkit.RunAsync(["render", "--templat", "pengumuman", "--data", "x.csv", "--lang", "id"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'--templat'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Mungkin maksud Anda '--template'?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_folder_that_is_a_file_is_a_clear_message_with_exit_2_and_nothing_rendered()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));
        var file = Path.Combine(_folder, "hasil");
        File.WriteAllText(file, "not a folder");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", file);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"--out '{file}' is a file, not a folder", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("en", "cannot be written")]
    [InlineData("id", "tidak dapat ditulisi")]
    public async Task An_output_folder_on_a_read_only_file_system_is_a_clear_message_with_exit_2(string language, string expected)
    {
        // sysfs refuses new folders even to root, so this holds however the tests are run.
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));
        var readOnly = $"/sys/contentkit-{Guid.NewGuid():N}";

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", readOnly, "--lang", language);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"'{readOnly}' {expected}", result.Error, StringComparison.Ordinal);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(readOnly));
    }

    [Fact]
    public async Task An_output_folder_that_can_be_written_keeps_no_trace_of_the_check()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));
        var output = Path.Combine(_folder, "hasil");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Directory.EnumerateFiles(output, "*.ck-tmp"));
    }

    [Fact]
    public async Task Rows_the_sheet_does_not_have_are_a_clear_message_not_an_empty_run()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"), TestSheet.Row("Pelayanan KTP Keliling"));
        var output = Path.Combine(_folder, "hasil");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output, "--rows", "40-45");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--rows '40-45' selects no row of agenda.csv: its rows are numbered 2 to 3", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Rows_that_overlap_the_sheet_render_the_rows_it_has()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"), TestSheet.Row("Pelayanan KTP Keliling"));
        var output = Path.Combine(_folder, "hasil");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output, "--rows", "3-45");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([3], ReportFile.Read(output).Select(r => r.Row));
    }
}
