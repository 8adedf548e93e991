using System.Text.RegularExpressions;
using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

/// <summary><c>contentkit validate</c>: a table of every problem with its row, column and fix; exit 0 clean, 1 problems, 2 usage or template error.</summary>
public class ValidateCommandTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task Validate_lists_every_mistake_with_its_row_and_column_and_exits_1()
    {
        var data = SheetValidatorTests.MistakesSheet.Write(_folder);

        var result = await ValidateAsync("--data", data, "--template", "pengumuman", "--format", "feed");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Error);
        foreach (var (row, column) in SheetValidatorTests.MistakesSheet.Expected)
        {
            Assert.Matches(new Regex($@"│ {row} +│ {column ?? ""} +│", RegexOptions.None, TimeSpan.FromSeconds(1)), result.Output);
        }

        // The good row may have design-check findings; in the data's table it has no line.
        var dataTable = result.Output.Split("Design check of the outputs", 2)[0];
        Assert.DoesNotMatch(new Regex($@"│ {SheetValidatorTests.MistakesSheet.Good} +│", RegexOptions.None, TimeSpan.FromSeconds(1)), dataTable);
        Assert.Contains($"{SheetValidatorTests.MistakesSheet.Expected.Count} problems in mistakes.csv for 'pengumuman', in 8 of 9 rows.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_of_the_pengumuman_sample_finds_no_error_and_tells_row_5_s_shrunk_text_which_strict_fails()
    {
        var data = Path.Combine(TestPaths.Samples, "pengumuman.csv");

        var result = await ValidateAsync("--data", data, "--template", "pengumuman", "--format", "feed,story");
        var strict = await ValidateAsync("--data", data, "--template", "pengumuman", "--format", "feed,story", "--strict");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        Assert.StartsWith("The data is fine: 6 row(s) of pengumuman.csv fit 'pengumuman'.", result.Output, StringComparison.Ordinal);
        // Row 5 (a 71-letter title, a 280-letter body) fits only with its text shrunk: a warning a reviewer should see.
        var design = ConsoleTable.Rows(result.Output.Split("Design check of the outputs", 2)[1]);
        Assert.Contains(design, r => r[0] == "5" && r[3].Contains("was shrunk from", StringComparison.Ordinal));
        Assert.DoesNotContain(design, r => r[0] != "5" && r[0].Length > 0 && char.IsDigit(r[0][0]));
        Assert.True(strict.ExitCode == 1, strict.ToString());
    }

    [Fact]
    public async Task A_missing_required_column_is_one_problem_for_the_whole_sheet()
    {
        string[] header = ["judul", "waktu", "tempat"];
        var data = TestSheet.WriteWithHeader(_folder, "agenda.csv", header, ["Senam Sehat Bersama Warga", "06.00 WIB", "Alun-alun"], ["Pelayanan KTP Keliling", "08.00 WIB", "Sananwetan"]);

        var result = await ValidateAsync("--data", data, "--template", "pengumuman");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Matches(new Regex(@"│ — +│ tanggal +│", RegexOptions.None, TimeSpan.FromSeconds(1)), result.Output);
        Assert.Contains("1 problem in agenda.csv for 'pengumuman', in the sheet as a whole.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_writes_no_files()
    {
        var data = SheetValidatorTests.MistakesSheet.Write(_folder);
        var before = Snapshot(_folder);
        var workingFolder = Directory.GetFileSystemEntries(Environment.CurrentDirectory).Order().ToList();

        var result = await ValidateAsync("--data", data, "--template", "pengumuman", "--format", "feed,story,square,landscape");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(before, Snapshot(_folder));
        Assert.Equal(workingFolder, Directory.GetFileSystemEntries(Environment.CurrentDirectory).Order().ToList());
    }

    [Theory]
    [InlineData("'strory'", "--template", "pengumuman", "--format", "feed,strory")]
    [InlineData("'pengumunan'", "--template", "pengumunan")]
    [InlineData("--template")]
    public async Task Validate_with_a_usage_or_template_error_exits_2_and_says_what_is_wrong(string mention, params string[] args)
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));

        var result = await ValidateAsync(["--data", data, .. args]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error", result.Error, StringComparison.Ordinal);
        Assert.Contains(mention, result.Error, StringComparison.Ordinal);
    }

    private static Task<CliResult> ValidateAsync(params string[] args) => Contentkit.RunAsync(["validate", .. args, "--templates", TestPaths.Templates], _ => null, width: 400);

    /// <summary>Every file under <paramref name="folder"/> with its size and last write time.</summary>
    private static List<string> Snapshot(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => File.Exists(p) ? $"{p} {new FileInfo(p).Length} {File.GetLastWriteTimeUtc(p):O}" : p)];
}
