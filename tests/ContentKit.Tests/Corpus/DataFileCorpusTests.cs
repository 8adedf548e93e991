using ContentKit.Data;
using ContentKit.Tests.Cli;

namespace ContentKit.Tests.Corpus;

/// <summary>
/// Spreadsheets that cannot be read: the library throws a message naming the file (and row where one applies),
/// and <c>contentkit render</c> exits 2 with that message and writes nothing. Also pinned in Data/CsvReadingTests and Data/ExcelReadingTests.
/// </summary>
public class DataFileCorpusTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    /// <summary>Corpus file and the fragment its message must contain.</summary>
    public static TheoryData<string, string> Unreadable => new()
    {
        { "data/unterminated-quote.csv", "row 3" },
        { "data/truncated.xlsx", "save it again as .xlsx" },
        { "data/password-protected.xlsx", "remove the password" },
        { "data/empty.csv", "There is no header row in empty.csv" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void DataReader_rejects_the_file_with_a_message_naming_it(string file, string expected)
    {
        var error = Assert.ThrowsAny<ContentKitException>(() => DataReader.Read(CorpusFiles.Of(file)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.EndsWith(Path.GetFileName(file), error.Location.File, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task Render_exits_2_naming_the_file_and_writes_nothing(string file, string expected)
    {
        var data = CorpusFiles.CopyTo(file, _folder);
        var output = Path.Combine(_folder, "out");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(file), result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected error", result.Error, StringComparison.OrdinalIgnoreCase);
        OutputFolder.AssertNothingRendered(output, result);
    }

    [Fact]
    public void An_unterminated_quote_is_located_at_the_row_where_it_opened()
    {
        var error = Assert.ThrowsAny<ContentKitException>(() => DataReader.Read(CorpusFiles.Of("data/unterminated-quote.csv")));

        Assert.Equal(3, error.Location.Row);
    }

    [Fact]
    public void A_header_only_file_reads_as_no_rows()
    {
        var sheet = DataReader.Read(CorpusFiles.Of("data/header-only.csv"));

        Assert.Contains("judul", sheet.Columns);
        Assert.Empty(sheet.Rows);
    }

    [Fact]
    public async Task Render_of_a_header_only_file_exits_2_saying_there_are_no_rows()
    {
        var data = CorpusFiles.CopyTo("data/header-only.csv", _folder);
        var output = Path.Combine(_folder, "out");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("header-only.csv", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Contains("The sheet has no data", ConsoleText.Flatten(result.Output + result.Error), StringComparison.Ordinal);
        OutputFolder.AssertNothingRendered(output, result);
    }

    [Fact]
    public async Task Validate_of_a_header_only_file_says_there_are_no_rows()
    {
        var data = CorpusFiles.CopyTo("data/header-only.csv", _folder);

        var result = await Contentkit.RunAsync(["validate", "--data", data, "--template", "pengumuman", "--templates", TestPaths.Templates]);

        // validate exits 1 when it finds a problem; "no data rows" is one (README: validate).
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("The sheet has no data", ConsoleText.Flatten(result.Output + result.Error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data/pengumuman-1252.csv")]
    [InlineData("data/pengumuman-utf16.csv")]
    public void A_csv_in_another_encoding_reads_its_accents(string file)
    {
        var sheet = DataReader.Read(CorpusFiles.Of(file));

        Assert.Equal("Pentas Seni Café", Assert.Single(sheet.Rows)["judul"]);
    }

    [Theory]
    [InlineData("data/pengumuman-1252.csv")]
    [InlineData("data/pengumuman-utf16.csv")]
    public async Task A_csv_in_another_encoding_renders(string file)
    {
        var data = CorpusFiles.CopyTo(file, _folder);
        var output = Path.Combine(_folder, "out");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = ReportFile.Read(output);
        Assert.Equal("ok", report.Row(2).Status);
        Assert.Contains("pentas-seni-cafe", Assert.Single(report.Row(2).Outputs), StringComparison.Ordinal);
        OutputFolder.AssertOnlyReportedOutputs(output, report, result);
    }
}
