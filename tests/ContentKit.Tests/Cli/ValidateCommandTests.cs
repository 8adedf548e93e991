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
    public async Task Validate_of_the_pengumuman_sample_finds_no_problem_in_the_data_or_the_design_even_with_strict()
    {
        var data = Path.Combine(TestPaths.Samples, "pengumuman.csv");

        var result = await ValidateAsync("--data", data, "--template", "pengumuman", "--format", "feed,square,story,landscape");
        var strict = await ValidateAsync("--data", data, "--template", "pengumuman", "--format", "feed,square,story,landscape", "--strict");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        Assert.StartsWith("No problems: 7 rows of pengumuman.csv are ready to render with 'pengumuman'.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Design check of the outputs", result.Output, StringComparison.Ordinal);
        Assert.True(strict.ExitCode == 0, strict.ToString());
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
