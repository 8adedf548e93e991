using ContentKit.Batch;
using ContentKit.Data;
using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Tests.Batch;

/// <summary>Which rows a batch renders: incremental re-runs, row and column filters, shards, dry runs, --fail-fast, cancellation.</summary>
public sealed class BatchControlTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder();
    private readonly TemplateLibrary _library = new(TestPaths.Templates);
    private readonly Renderer _renderer;

    public BatchControlTests()
    {
        _renderer = new Renderer(_library, _library.Load("pengumuman"), new RenderOptions { DataFolder = _folder });
    }

    private string Output => Path.Combine(_folder, "out");

    public void Dispose() => _renderer.Dispose();

    [Fact]
    public async Task A_second_run_renders_nothing_and_says_every_row_was_skipped()
    {
        var sheet = Sheet(Rows(4));
        await Run(sheet);
        var written = Snapshot();

        var again = await Run(sheet);

        Assert.All(again.Rows, r => Assert.Equal(RowStatus.Skipped, r.Status));
        Assert.Equal(written, Snapshot());
        Assert.Equal(4, again.Files);
    }

    [Fact]
    public async Task After_editing_one_row_exactly_that_row_is_rendered_again()
    {
        await Run(Sheet(Rows(4)));
        var before = Snapshot();
        var edited = Rows(4);
        edited[2] = TestSheet.Row("Judul yang Diubah Sedikit", tempat: "Kantor Kecamatan Sukorejo");

        var report = await Run(Sheet(edited));

        Assert.Equal([RowStatus.Skipped, RowStatus.Skipped, RowStatus.Ok, RowStatus.Skipped], report.Rows.Select(r => r.Status));
        var after = Snapshot();
        Assert.Equal(before.Where(f => !f.Key.StartsWith("004-", StringComparison.Ordinal)), after.Where(f => before.ContainsKey(f.Key) && !f.Key.StartsWith("004-", StringComparison.Ordinal)));
        Assert.Contains(after.Keys, name => name.StartsWith("004-judul-yang-diubah", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Force_renders_unchanged_rows_again()
    {
        var sheet = Sheet(Rows(2));
        await Run(sheet);

        var report = await Run(sheet, new BatchOptions { OutputFolder = Output, Force = true });

        Assert.All(report.Rows, r => Assert.Equal(RowStatus.Ok, r.Status));
    }

    [Fact]
    public async Task A_changed_template_value_renders_every_row_again()
    {
        var sheet = Sheet(Rows(2));
        await Run(sheet);
        using var other = new Renderer(_library, _library.Load("pengumuman"), new RenderOptions { DataFolder = _folder, Values = new Dictionary<string, string> { ["sumber"] = "lain" } });

        var report = await BatchRunner.RunAsync(other, sheet, new BatchOptions { OutputFolder = Output });

        Assert.All(report.Rows, r => Assert.Equal(RowStatus.Ok, r.Status));
    }

    [Fact]
    public async Task Three_shards_together_write_exactly_the_files_of_one_full_run()
    {
        var sheet = Sheet(Rows(7));
        var full = Path.Combine(_folder, "full");
        await Run(sheet, new BatchOptions { OutputFolder = full, Formats = ["feed", "story"] });

        var parts = Path.Combine(_folder, "parts");
        var shardReports = new List<BatchReport>();
        for (var i = 1; i <= 3; i++)
        {
            shardReports.Add(await Run(sheet, new BatchOptions { OutputFolder = parts, Formats = ["feed", "story"], Shard = new Shard(i, 3) }));
        }

        Assert.Equal(Pngs(full), Pngs(parts));
        Assert.Equal(7, shardReports.Sum(r => r.Rows.Count));
        Assert.All(Pngs(full), name => Assert.Equal(File.ReadAllBytes(Path.Combine(full, name)), File.ReadAllBytes(Path.Combine(parts, name))));
    }

    [Fact]
    public async Task Rows_and_where_select_the_rows_to_render()
    {
        var rows = Rows(5);
        rows[3] = TestSheet.Row("Vaksinasi Lansia", tempat: "Puskesmas Sukorejo");

        var byNumber = await Run(Sheet(rows), new BatchOptions { OutputFolder = Path.Combine(_folder, "a"), Rows = RowSelection.Parse("2-3,6") });
        var byColumn = await Run(Sheet(rows), new BatchOptions { OutputFolder = Path.Combine(_folder, "b"), Where = [new("Tempat", "puskesmas sukorejo")] });

        Assert.Equal([2, 3, 6], byNumber.Rows.Select(r => r.Row));
        Assert.Equal([5], byColumn.Rows.Select(r => r.Row));
    }

    [Fact]
    public async Task A_dry_run_lists_the_files_and_writes_nothing()
    {
        var report = await Run(Sheet([.. Rows(2), TestSheet.Row("")]), new BatchOptions { OutputFolder = Output, DryRun = true });

        Assert.Equal([RowStatus.Ok, RowStatus.Ok, RowStatus.Failed], report.Rows.Select(r => r.Status));
        Assert.Equal(2, report.Files);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task Fail_fast_stops_starting_rows_after_the_first_failure()
    {
        var rows = new[] { TestSheet.Row("") }.Concat(Rows(5)).ToArray();

        var report = await Run(Sheet(rows), new BatchOptions { OutputFolder = Output, FailFast = true, MaxParallelism = 1 });

        Assert.Equal(RowStatus.Failed, report.Rows[0].Status);
        Assert.All(report.Rows.Skip(1), r => Assert.Equal(RowStatus.Skipped, r.Status));
        Assert.Contains("--fail-fast", report.Rows[1].Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_batch_writes_its_report_and_the_next_run_renders_only_the_rest()
    {
        var sheet = Sheet(Rows(4));
        using var cancellation = new CancellationTokenSource();
        var progress = new RecordingProgress(p =>
        {
            if (p.Done == 2)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => BatchRunner.RunAsync(_renderer, sheet, new BatchOptions { OutputFolder = Output, MaxParallelism = 1 }, progress, cancellation.Token));

        var report = ReportJsonFile();
        Assert.Contains("\"skipped\"", report, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Output, "*" + AtomicFile.TemporarySuffix, SearchOption.AllDirectories));
        var rest = await Run(sheet);
        Assert.Equal(2, rest.Rows.Count(r => r.Status == RowStatus.Ok));
        Assert.Equal(2, rest.Rows.Count(r => r.Status == RowStatus.Skipped));
        Assert.Equal(4, Pngs(Output).Count);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1-3")]
    public void A_malformed_shard_is_an_error(string text) => Assert.Throws<ContentKitException>(() => Shard.Parse(text));

    [Theory]
    [InlineData("3-2")]
    [InlineData("dua")]
    [InlineData("")]
    public void A_malformed_row_selection_is_an_error(string text) => Assert.Throws<ContentKitException>(() => RowSelection.Parse(text));

    private static string[][] Rows(int count) =>
        [.. Enumerable.Range(1, count).Select(i => TestSheet.Row($"Kegiatan Warga Nomor {i}"))];

    private Task<BatchReport> Run(DataSheet sheet, BatchOptions? options = null) =>
        BatchRunner.RunAsync(_renderer, sheet, options ?? new BatchOptions { OutputFolder = Output });

    private DataSheet Sheet(string[][] rows) => DataReader.Read(TestSheet.Write(_folder, "agenda.csv", rows));

    private Dictionary<string, DateTime> Snapshot() =>
        Pngs(Output).ToDictionary(name => name, name => File.GetLastWriteTimeUtc(Path.Combine(Output, name)));

    private static List<string> Pngs(string folder) =>
        [.. Directory.GetFiles(folder, "*.png").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private string ReportJsonFile() => File.ReadAllText(Path.Combine(Output, BatchRunner.ReportFile));
}
