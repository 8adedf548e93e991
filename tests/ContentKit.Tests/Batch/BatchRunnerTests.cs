using ContentKit.Batch;
using ContentKit.Data;
using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Tests.Batch;

/// <summary><see cref="BatchRunner"/> called directly: progress, cancellation, and what it leaves on disk.</summary>
public sealed class BatchRunnerTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder();
    private readonly TemplateLibrary _library = new(TestPaths.Templates);
    private readonly Template _template;
    private readonly Renderer _renderer;

    public BatchRunnerTests()
    {
        _template = _library.Load("pengumuman");
        _renderer = new Renderer(_library, _template, new RenderOptions { DataFolder = _folder });
    }

    private string Output => Path.Combine(_folder, "out");

    public void Dispose() => _renderer.Dispose();

    [Fact]
    public async Task Progress_counts_every_row_rendered_or_failed_up_to_the_total()
    {
        var sheet = Sheet(TestSheet.Row("Senam Sehat Bersama Warga"), TestSheet.Row(""), TestSheet.Row("Pelayanan KTP Keliling"));
        var progress = new RecordingProgress();

        var report = await BatchRunner.RunAsync(_renderer, sheet, Options(), progress);

        var seen = progress.Reports;
        Assert.Equal(3, seen.Count);
        Assert.All(seen, p => Assert.Equal(3, p.Total));
        Assert.Equal([1, 2, 3], seen.Select(p => p.Done).Order());
        Assert.Equal(1, seen.Max(p => p.Failed));
        Assert.Equal((2, 1, 2), (report.Succeeded, report.Failed, report.Files));
    }

    [Fact]
    public async Task A_batch_given_a_cancelled_token_throws_and_writes_no_image_only_its_report()
    {
        var sheet = Sheet(TestSheet.Row("Senam Sehat Bersama Warga"), TestSheet.Row("Pelayanan KTP Keliling"));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BatchRunner.RunAsync(_renderer, sheet, Options(), null, cancellation.Token));

        var files = Directory.GetFiles(Output, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal([".contentkit-cache.json", "report.html", "report.json"], files);
        Assert.Contains("\"skipped\"", File.ReadAllText(Path.Combine(Output, BatchRunner.ReportFile)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_cancelled_after_its_first_row_throws_and_leaves_only_complete_files()
    {
        var sheet = Sheet(TestSheet.Row("Senam Sehat Bersama Warga"), TestSheet.Row("Pelayanan KTP Keliling"), TestSheet.Row("Festival Kuliner Kampung Blitar"));
        using var cancellation = new CancellationTokenSource();
        var progress = new RecordingProgress(_ => cancellation.Cancel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => BatchRunner.RunAsync(_renderer, sheet, Options() with { Formats = ["feed", "story"], MaxParallelism = 1 }, progress, cancellation.Token));

        var files = Directory.GetFiles(Output, "*", SearchOption.AllDirectories);
        Assert.DoesNotContain(files, f => f.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal));
        // Two formats of the first row at most, plus the report (JSON and HTML) and the cache.
        Assert.InRange(files.Count(f => f.EndsWith(".png", StringComparison.Ordinal)), 1, 4);
        Assert.Contains(files, f => f.EndsWith(BatchRunner.ReportFile, StringComparison.Ordinal));
        Assert.All(files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)), f => Assert.True(Png.IsComplete(f), $"{f} is cut off."));
    }

    [Fact]
    public async Task Report_json_is_written_beside_the_outputs_with_names_relative_to_it()
    {
        var sheet = Sheet(TestSheet.Row("Senam Sehat Bersama Warga"));

        var report = await BatchRunner.RunAsync(_renderer, sheet, Options());

        var row = Assert.Single(report.Rows);
        Assert.Equal(2, row.Row);
        Assert.Equal(["002-senam-sehat-bersama-warga-feed.png"], row.Outputs);
        Assert.Equal(ReportJson.Write(report), await File.ReadAllTextAsync(Path.Combine(Output, BatchRunner.ReportFile)));
    }

    [Fact]
    public async Task A_sheet_without_a_required_column_is_refused_before_anything_is_written()
    {
        var path = TestSheet.WriteWithHeader(_folder, "agenda.csv", ["judul", "tempat"], ["Senam Sehat Bersama Warga", "Alun-alun Kota Blitar"]);

        var error = await Assert.ThrowsAsync<ContentKitException>(() => BatchRunner.RunAsync(_renderer, DataReader.Read(path), Options()));

        Assert.Contains("'tanggal'", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task A_title_in_javanese_script_named_without_slug_renders_to_a_file_of_that_name()
    {
        // 80 characters (the template allows 120) of three UTF-8 bytes each: a 244-byte name, within the 255-byte limit.
        var title = string.Concat(Enumerable.Repeat("ꦥꦼꦔꦸꦩꦸꦩꦤ꧀ꦧ", 8));
        var sheet = Sheet(TestSheet.Row(title));

        var report = await BatchRunner.RunAsync(_renderer, sheet, Options() with { NamePattern = "{judul}" });

        var row = Assert.Single(report.Rows);
        Assert.True(row.Status == RowStatus.Ok, string.Join("; ", row.Messages));
        Assert.Equal([title + ".png"], row.Outputs);
        Assert.True(Png.IsComplete(Path.Combine(Output, title + ".png")));
    }

    [Fact]
    public async Task A_row_whose_text_is_cut_to_fit_is_rejected_with_a_finding_naming_the_field_to_shorten()
    {
        // Far more than the two lines the template gives 'isi': the layout cuts it with an ellipsis.
        var isi = string.Join(' ', Enumerable.Repeat("Warga diminta membawa KTP, Kartu Keluarga dan surat pengantar.", 6));
        var sheet = Sheet(TestSheet.Row("Senam Sehat Bersama Warga", isi: isi));
        var library = new TemplateLibrary(TestPaths.Templates);
        var template = library.Load(ContentKit.Tests.Checks.TwoLineTemplate.Create(_folder));
        using var renderer = new Renderer(library, template, new RenderOptions { DataFolder = _folder });
        var layout = renderer.Layout(renderer.Bind(sheet.Rows[0]), template.Format("feed"), CancellationToken.None);
        Assert.Contains(layout.Descendants(), box => box.Text is { HiddenCharacters: > 0 });

        var report = await BatchRunner.RunAsync(renderer, sheet, Options());

        var row = Assert.Single(report.Rows);
        Assert.Equal(RowStatus.Failed, row.Status);
        Assert.Empty(row.Outputs);
        var check = Assert.Single(row.Checks);
        Assert.True(check.Rejected);
        var cut = Assert.Single(check.Findings, f => f.Kind == ContentKit.Checks.FindingKind.TextCut);
        Assert.Equal(("isi", 2), (cut.Field, cut.Row));
        Assert.Contains($"Shorten 'isi' to about", cut.Fix, StringComparison.Ordinal);
        Assert.Contains(check.Output, Assert.Single(row.Messages), StringComparison.Ordinal);
    }

    private BatchOptions Options() => new() { OutputFolder = Output };

    private DataSheet Sheet(params string[][] rows) => DataReader.Read(TestSheet.Write(_folder, "agenda.csv", rows));
}
