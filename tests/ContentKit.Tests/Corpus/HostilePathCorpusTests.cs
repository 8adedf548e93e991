using ContentKit.Data;
using ContentKit.Drawing;
using ContentKit.Templates;
using ContentKit.Tests.Cli;
using ContentKit.Tests.Templates;

namespace ContentKit.Tests.Corpus;

/// <summary>
/// Paths that lead out of their folder through a linked folder, or to something that is not a file (a FIFO, a device,
/// a folder): each photo fails its row with a message naming row and column, the other rows render and nothing hangs;
/// a template's include or image through a linked folder is refused. Resolution itself: <see cref="AssetResolver"/>.
/// </summary>
public class HostilePathCorpusTests(HostilePathSheet sheet) : IClassFixture<HostilePathSheet>
{
    public static TheoryData<int> HostileRows => [.. HostilePathSheet.Rows.Where(r => r.Row > 2).Select(r => r.Row)];

    [Fact]
    public void The_run_exits_1_with_the_good_row_rendered()
    {
        Assert.True(sheet.Result.ExitCode == 1, sheet.ToString());
        Assert.Equal("ok", sheet.Report.Row(2).Status);
        OutputFolder.AssertOnlyReportedOutputs(sheet.Output, sheet.Report, sheet.Result);
    }

    [Theory]
    [MemberData(nameof(HostileRows))]
    public void A_photo_that_is_not_a_file_of_the_data_folder_fails_its_row_naming_row_and_column(int row)
    {
        var expected = HostilePathSheet.Rows.Single(r => r.Row == row).English;
        var report = sheet.Report.Row(row);

        Assert.True(report.Status == "failed", sheet.ToString());
        var message = Assert.Single(report.Messages);
        Assert.Contains($"row {row}", message, StringComparison.Ordinal);
        Assert.Contains("column 'foto'", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HostileRows))]
    public void The_same_rows_fail_in_Indonesian(int row)
    {
        var expected = HostilePathSheet.Rows.Single(r => r.Row == row).Indonesian;
        using var language = UiLanguage.Indonesian();
        var library = new TemplateLibrary(TestPaths.Templates);
        using var renderer = new Renderer(library, library.Load("pengumuman"), new RenderOptions { DataFolder = sheet.DataFolder });

        var bound = renderer.Bind(DataReader.Read(sheet.DataFile).Rows.Single(r => r.RowNumber == row), "rows.csv");

        var error = Assert.Single(bound.Errors);
        Assert.Equal("foto", error.Location.Column);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_kinds_tell_regular_files_from_folders_devices_and_fifos_without_opening_them()
    {
        Assert.Equal(FileKind.Regular, FileKinds.Of(Path.Combine(sheet.DataFolder, "foto", "taman.jpg")));
        Assert.Equal(FileKind.Directory, FileKinds.Of(Path.Combine(sheet.DataFolder, "foto")));
        Assert.Equal(FileKind.Special, FileKinds.Of(Path.Combine(sheet.DataFolder, "foto", "pipa.jpg")));
        Assert.Equal(FileKind.Special, FileKinds.Of(Path.Combine(sheet.DataFolder, "nol.jpg")));
        Assert.Equal(FileKind.Special, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(sheet.DataFolder, "tidak-ada.jpg")));
    }

    [Fact]
    public void An_image_of_the_template_through_a_linked_folder_is_refused()
    {
        var template = TestPaths.NewTempFolder();
        Directory.CreateSymbolicLink(Path.Combine(template, "gambar"), Path.Combine(sheet.Root, "luar"));
        var resolver = new AssetResolver(template);

        var error = Assert.Throws<ContentKitException>(() => resolver.Resolve("gambar/x.jpg"));

        Assert.Contains("points outside its folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_photo_inside_a_linked_data_folder_still_resolves()
    {
        // The root itself may be reached through a link (a data folder on another disk): only leaving it is refused.
        var linkedRoot = Path.Combine(sheet.Root, "data-tautan");
        if (!Directory.Exists(linkedRoot))
        {
            Directory.CreateSymbolicLink(linkedRoot, sheet.DataFolder);
        }

        var resolver = new AssetResolver(TestPaths.NewTempFolder()).WithRoot("data", linkedRoot);

        Assert.Equal(Path.Combine(sheet.DataFolder, "foto", "taman.jpg"), resolver.Resolve("data:foto/taman.jpg"));
    }

    [Fact]
    public void An_include_through_a_linked_folder_is_refused_naming_the_layout_line()
    {
        var template = new TemplateFolder("<column>\n{{ include 'bagian/rahasia.sbn' }}\n</column>");
        var outside = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(outside, "rahasia.sbn"), "<text>rahasia-isi</text>");
        Directory.CreateSymbolicLink(Path.Combine(template.Folder, "bagian"), outside);

        var error = Assert.ThrowsAny<ContentKitException>(() => template.Markup(new Dictionary<string, object?> { ["judul"] = "Halo" }));

        Assert.Contains("outside the template folder", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
        Assert.DoesNotContain("rahasia-isi", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "is not a regular file")]
    [InlineData("id", "bukan berkas biasa")]
    public void An_include_of_a_fifo_is_refused_without_waiting_for_a_writer(string language, string expected)
    {
        var template = new TemplateFolder("<column>\n{{ include 'pipa.sbn' }}\n</column>");
        HostilePathSheet.MakeFifo(Path.Combine(template.Folder, "pipa.sbn"));
        using var ui = language == "id" ? UiLanguage.Indonesian() : UiLanguage.English();

        var error = Assert.ThrowsAny<ContentKitException>(() => template.Markup(new Dictionary<string, object?> { ["judul"] = "Halo" }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
    }
}
