using ContentKit.Data;
using ContentKit.Templates;
using ContentKit.Tests.Cli;

namespace ContentKit.Tests.Corpus;

/// <summary>
/// Hostile cells among good rows, rendered once: a photo path leaving the data folder fails its row (exit 1, naming
/// row and column 'foto'); markup and template syntax in data render and print literally. Also pinned in Cli/HostileRowTests.
/// </summary>
public class HostileRowCorpusTests(HostileRowSheet sheet) : IClassFixture<HostileRowSheet>
{
    /// <summary>A row whose photo path escapes the data folder, and the fragment its message must contain.</summary>
    public static TheoryData<int, string> EscapingPhotos => new()
    {
        { 3, "leaves the data folder" },
        { 4, "leaves the data folder" },
        { 5, "leaves the data folder" },
    };

    public static TheoryData<int> LiteralRows => [6, 7, 8];

    [Fact]
    public void The_run_exits_1_with_good_rows_rendered_and_only_reported_files_left()
    {
        Assert.True(sheet.Result.ExitCode == 1, sheet.ToString());
        Assert.Equal(HostileRowSheet.Rows.Select(r => r.Row), sheet.Report.Select(r => r.Row));
        OutputFolder.AssertOnlyReportedOutputs(sheet.Output, sheet.Report, sheet.Result);
        Assert.Equal(["data/foto/taman.jpg", "data/rows.csv", "x.jpg"], OutputFolder.FilesUnder(sheet.Root).Where(f => !f.StartsWith("out", StringComparison.Ordinal)).Select(f => f.Replace('\\', '/')));
    }

    [Theory]
    [MemberData(nameof(EscapingPhotos))]
    public void A_photo_path_leaving_the_data_folder_fails_its_row_naming_row_and_column(int row, string expected)
    {
        var report = sheet.Report.Row(row);

        Assert.True(report.Status == "failed", sheet.ToString());
        Assert.Empty(report.Outputs);
        var message = Assert.Single(report.Messages);
        Assert.Contains($"row {row}", message, StringComparison.Ordinal);
        Assert.Contains("column 'foto'", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LiteralRows))]
    public void Markup_and_template_syntax_in_a_cell_render_and_are_escaped_in_the_markup(int row)
    {
        Assert.True(sheet.Report.Row(row).Status == "ok", sheet.ToString());
        var judul = HostileRowSheet.Rows.Single(r => r.Row == row).Judul;

        var markup = MarkupOf(row);

        var escaped = judul.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
        Assert.Contains(escaped.Replace("\"", "&quot;", StringComparison.Ordinal), markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain(" 42 ", markup, StringComparison.Ordinal);
    }

    private string MarkupOf(int row)
    {
        var library = new TemplateLibrary(TestPaths.Templates);
        var template = library.Load("pengumuman");
        using var renderer = new Renderer(library, template, new RenderOptions { DataFolder = sheet.DataFolder });
        var bound = renderer.Bind(DataReader.Read(sheet.DataFile).Rows.Single(r => r.RowNumber == row), "rows.csv");
        Assert.True(bound.IsValid, string.Join("; ", bound.Errors));
        return renderer.RenderMarkup(bound, template.Format("feed"));
    }
}
