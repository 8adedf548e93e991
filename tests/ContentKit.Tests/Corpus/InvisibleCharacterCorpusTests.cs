using System.Globalization;
using ContentKit.Tests.Batch;
using ContentKit.Tests.Cli;

namespace ContentKit.Tests.Corpus;

/// <summary>
/// Right-to-left overrides and zero-width characters, in cells that name output files and in the data file's own name:
/// output files get names without them, and the terminal shows them as <c>&lt;U+202E&gt;</c> instead of obeying them.
/// Sanitising itself: Batch/FileNamerTests and Cli/TerminalTextTests.
/// </summary>
public class InvisibleCharacterCorpusTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task Output_names_lose_bidi_overrides_and_zero_width_characters()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("laporan\u202Egnp.exe"), TestSheet.Row("rapat\u200Bwarga\uFEFF"));
        var output = Path.Combine(_folder, "out");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output, "--name", "{judul}");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = ReportFile.Read(output);
        Assert.Equal("laporangnp.exe.png", Assert.Single(report.Row(2).Outputs));
        Assert.Equal("rapatwarga.png", Assert.Single(report.Row(3).Outputs));
        Assert.All(OutputFolder.FilesUnder(output), f => Assert.DoesNotContain(f, c => char.GetUnicodeCategory(c) == UnicodeCategory.Format));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public async Task A_data_file_name_with_a_bidi_override_is_shown_with_the_override_visible(string language)
    {
        var data = TestSheet.Write(_folder, "agenda\u202Evsc.csv", TestSheet.Row("Rapat Warga"));

        var result = await Contentkit.RunAsync(["validate", "--data", data, "--template", "pengumuman", "--templates", TestPaths.Templates, "--lang", language], _ => null, width: 1000);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("agenda<U+202E>vsc.csv", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', result.Output + result.Error);
    }
}
