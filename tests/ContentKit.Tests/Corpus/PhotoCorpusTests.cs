using ContentKit.Data;
using ContentKit.Templates;
using ContentKit.Tests.Batch;
using ContentKit.Tests.Cli;

namespace ContentKit.Tests.Corpus;

/// <summary>
/// Photos that lie or are not photos: the row using one fails alone (exit 1) with a message naming row, column 'foto',
/// the file and what to do; the good row beside it still renders. More damaged photos: Cli/DamagedPhotoTests, Cli/HostileRowTests.
/// </summary>
public class PhotoCorpusTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    /// <summary>Corpus photo and the fragment its message must contain.</summary>
    public static TheoryData<string, string> Photos => new()
    {
        { "photos/giant-ihdr.png", "60000×60000" },
        { "photos/truncated-after-header.jpg", "save it again as JPEG or PNG" },
        { "photos/iphone.heic", "Convert the photo to JPEG" },
        { "photos/iphone-renamed.jpg", "Convert the photo to JPEG" },
        { "photos/logo.svg", "Use JPEG, PNG, WebP, GIF or BMP" },
        { "photos/cut-in-half.png", "its data stops before the end of the picture" },
        { "photos/cut-in-half.webp", "its data stops before the end of the picture" },
        { "photos/cut-in-half.gif", "its data stops before the end of the picture" },
        { "photos/scan.tif", "magick foto.tif foto.jpg" },
    };

    [Theory]
    [MemberData(nameof(Photos))]
    public void Bind_marks_the_row_invalid_naming_the_photo(string file, string expected)
    {
        var data = WriteSheet(file);
        var library = new TemplateLibrary(TestPaths.Templates);
        using var renderer = new Renderer(library, library.Load("pengumuman"), new RenderOptions { DataFolder = _folder });
        var record = DataReader.Read(data).Rows.Single(r => r.RowNumber == 3);

        var row = renderer.Bind(record, Path.GetFileName(data));

        var error = Assert.Single(row.Errors);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(file), error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Photos))]
    public async Task Render_fails_only_that_row_naming_row_column_and_file(string file, string expected)
    {
        var data = WriteSheet(file);
        var output = Path.Combine(_folder, "out");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output);

        Assert.True(result.ExitCode == 1, result.ToString());
        var report = ReportFile.Read(output);
        Assert.Equal("ok", report.Row(2).Status);
        Assert.Equal("failed", report.Row(3).Status);
        var message = Assert.Single(report.Row(3).Messages);
        Assert.Contains("row 3", message, StringComparison.Ordinal);
        Assert.Contains("column 'foto'", message, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(file), message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        OutputFolder.AssertOnlyReportedOutputs(output, report, result);
    }

    /// <summary>A sheet in the temp folder: row 2 good, row 3 using the corpus photo from <c>foto/</c>.</summary>
    private string WriteSheet(string photo)
    {
        CorpusFiles.CopyTo(photo, Path.Combine(_folder, "foto"));
        return TestSheet.Write(
            _folder,
            "agenda.csv",
            TestSheet.Row("Senam Sehat Bersama Warga"),
            TestSheet.Row("Foto bermasalah", foto: $"foto/{Path.GetFileName(photo)}"));
    }
}
