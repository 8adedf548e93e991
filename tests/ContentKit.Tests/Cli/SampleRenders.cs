using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

/// <summary>
/// samples/pengumuman as CSV (twice), XLSX and XLS, each rendered once with the command line in feed and story. The images
/// compared are every image the design check saw, ready or rejected: the same data must give the same pixels either way.
/// </summary>
public sealed class SampleRenders : IAsyncLifetime
{
    private readonly string _folder = TestPaths.NewTempFolder();

    /// <summary>Each rendering's files (feed, then story) by spreadsheet row number.</summary>
    internal IReadOnlyDictionary<string, SortedDictionary<int, IReadOnlyList<string>>> Files { get; private set; } = new Dictionary<string, SortedDictionary<int, IReadOnlyList<string>>>();

    public string Report(string run) => File.ReadAllText(Path.Combine(_folder, run, "report.json"));

    public async Task InitializeAsync()
    {
        var files = new Dictionary<string, SortedDictionary<int, IReadOnlyList<string>>>();
        foreach (var (run, sample) in new[] { ("csv", "pengumuman.csv"), ("csv-again", "pengumuman.csv"), ("xlsx", "pengumuman.xlsx"), ("xls", "pengumuman.xls") })
        {
            files[run] = await RenderAsync(sample, Path.Combine(_folder, run));
        }

        Files = files;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<SortedDictionary<int, IReadOnlyList<string>>> RenderAsync(string sample, string folder)
    {
        var result = await Contentkit.RenderAsync("--data", Path.Combine(TestPaths.Samples, sample), "--template", "pengumuman", "--out", folder, "--format", "feed,story");

        var report = ReportFile.Read(folder);
        Assert.True(result.ExitCode == (report.Any(r => r.Status == "failed") ? 1 : 0), $"{sample}: {result}");
        var rows = new SortedDictionary<int, IReadOnlyList<string>>();
        foreach (var row in report)
        {
            Assert.Equal(["feed", "story"], row.Checks.Select(c => c.Format));
            Assert.All(row.Checks, c => Assert.Equal(c.Rejected, row.Status == "failed" && !row.Outputs.Contains(c.Output)));
            rows.Add(row.Row, [.. row.Checks.Select(c => Path.Combine(folder, c.Output))]);
        }

        return rows;
    }
}
