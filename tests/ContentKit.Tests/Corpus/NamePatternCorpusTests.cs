using ContentKit.Tests.Batch;
using ContentKit.Tests.Cli;

namespace ContentKit.Tests.Corpus;

/// <summary>File name patterns and cells trying to write outside <c>--out</c>: every file stays inside it. Sanitising itself: Batch/FileNamerTests.</summary>
public class NamePatternCorpusTests
{
    private readonly string _root = TestPaths.NewTempFolder();

    /// <summary>A <c>--name</c> pattern and the title its row carries.</summary>
    public static TheoryData<string, string> Patterns => new()
    {
        { "../{judul}", "Senam Sehat" },
        { "../../{row}", "Senam Sehat" },
        { "/tmp/{judul}", "Senam Sehat" },
        { "..\\{judul}", "Senam Sehat" },
        { "{judul}", "../../lolos" },
        { "{judul}", "..\\..\\lolos" },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public async Task Every_file_stays_inside_the_output_folder(string pattern, string judul)
    {
        var work = Path.Combine(_root, "a", "b");
        var data = TestSheet.Write(work, "agenda.csv", TestSheet.Row(judul));
        var output = Path.Combine(work, "out");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output, "--name", pattern);

        // Every pattern is made safe (its path parts dropped or flattened), so the row renders.
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["a/b/agenda.csv"], OutputFolder.FilesUnder(_root).Where(f => !f.StartsWith(Path.Combine("a", "b", "out"), StringComparison.Ordinal)).Select(f => f.Replace('\\', '/')));
        Assert.False(File.Exists("/tmp/Senam Sehat.png") || File.Exists("/tmp/senam-sehat.png"), result.ToString());
        var report = ReportFile.Read(output);
        var file = Assert.Single(report.Row(2).Outputs);
        Assert.DoesNotContain("..", file, StringComparison.Ordinal);
        OutputFolder.AssertOnlyReportedOutputs(output, report, result);
    }
}
