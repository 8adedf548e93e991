using ContentKit.Tests.Batch;
using ContentKit.Tests.Cli;

namespace ContentKit.Tests.Corpus;

/// <summary>
/// Control characters in cells (a NUL, an ESC starting a terminal escape sequence, a C1 CSI) are refused at binding: the
/// row fails with a message naming row, column, character and its place; other rows render; <c>validate</c> lists them;
/// nothing of them reaches the markup or the terminal. The first data row is one of them, which once stopped the batch.
/// </summary>
public class ControlCharacterCorpusTests
{
    /// <summary>Row, title cell and the name the message gives the character.</summary>
    public static readonly (int Row, string Judul, string Character)[] Rows =
    [
        (2, "Senam\0Sehat", "U+0000 (NUL)"),
        (3, "Pelayanan KTP Keliling", ""),
        (4, "\u001B[2J\u001B]0;diretas\u0007Rapat", "U+001B (ESC)"),
        (5, "Lomba \u009B31mMewarnai", "U+009B (CSI)"),
    ];

    private readonly string _folder = TestPaths.NewTempFolder();

    private string Sheet => TestSheet.Write(_folder, "kendali.csv", [.. Rows.Select(r => TestSheet.Row(r.Judul))]);

    [Fact]
    public async Task Render_fails_only_the_rows_with_control_characters_naming_row_column_and_character()
    {
        var output = Path.Combine(_folder, "out");

        var result = await Contentkit.RenderAsync("--data", Sheet, "--template", "pengumuman", "--out", output);

        Assert.True(result.ExitCode == 1, result.ToString());
        var report = ReportFile.Read(output);
        Assert.Equal("ok", report.Row(3).Status);
        foreach (var (row, _, character) in Rows.Where(r => r.Character.Length > 0))
        {
            Assert.True(report.Row(row).Status == "failed", result.ToString());
            var message = Assert.Single(report.Row(row).Messages);
            Assert.Contains($"row {row}", message, StringComparison.Ordinal);
            Assert.Contains("column 'judul'", message, StringComparison.Ordinal);
            Assert.Contains($"control character {character}", message, StringComparison.Ordinal);
            Assert.DoesNotContain("layout.sbn", message, StringComparison.Ordinal);
        }

        AssertNothingReachesTheTerminal(result);
        OutputFolder.AssertOnlyReportedOutputs(output, report, result);
    }

    [Theory]
    [InlineData("en", "The cell has the control character U+001B (ESC) at character 1")]
    [InlineData("id", "Sel berisi karakter kendali U+001B (ESC) pada karakter ke-1")]
    public async Task Validate_lists_each_control_character_with_its_row_and_column(string language, string expected)
    {
        var result = await Contentkit.RunAsync(["validate", "--data", Sheet, "--template", "pengumuman", "--templates", TestPaths.Templates, "--lang", language], _ => null, width: 1000);

        Assert.True(result.ExitCode == 1, result.ToString());
        var rows = ConsoleTable.Rows(result.Output);
        Assert.Equal(["2", "4", "5"], rows.Skip(1).Where(r => r[1] == "judul").Select(r => r[0]));
        Assert.Contains(expected, ConsoleText.Flatten(result.Output), StringComparison.Ordinal);
        AssertNothingReachesTheTerminal(result);
    }

    private static void AssertNothingReachesTheTerminal(CliResult result)
    {
        var printed = result.Output + result.Error;
        Assert.False(printed.Any(c => c is '\0' or '\u001B' or '\u0007' or '\u009B'), result.ToString());
        Assert.DoesNotContain("diretas", printed, StringComparison.Ordinal);
    }
}
