using ContentKit.Data;
using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>
/// Renders a sheet: rows are checked first, outputs (one per row, or per table, group and page) render in
/// parallel, a failing row never stops the others, every file is written atomically, and <c>report.json</c>
/// records each row.
/// </summary>
/// <remarks>Keeps no state between runs: safe to call from several threads at once, each run into its own output folder (a folder is taken by one run at a time).</remarks>
public static partial class BatchRunner
{
    /// <summary>The report file written into the output folder.</summary>
    public const string ReportFile = "report.json";

    /// <summary>Runs the batch. Throws <see cref="ContentKitException"/> before rendering anything when the sheet lacks a required column or an option is wrong.</summary>
    /// <exception cref="OperationCanceledException">Cancelled: finished files are kept, no partial file is left, and report.json says which rows were not rendered.</exception>
    public static async Task<BatchReport> RunAsync(
        Renderer renderer,
        DataSheet sheet,
        BatchOptions options,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var template = renderer.Template;
        CheckColumns(template.Manifest, sheet);
        var formats = (options.Formats.Count == 0 ? [template.Manifest.Formats[0].Name] : options.Formats).Select(template.Format).ToList();
        var namer = new FileNamer(options.NamePattern ?? template.Manifest.Name, template.Manifest);
        var outputFolder = Path.GetFullPath(options.OutputFolder);

        // Web photos are downloaded first, all at once and cancellable; a failed download fails only the rows naming it.
        var file = Path.GetFileName(sheet.SourcePath);
        var selected = sheet.Rows.Where(record => Selected(record, options)).ToList();
        await renderer.PrefetchPhotosAsync(selected, cancellationToken);

        // Binding, planning and naming run in sheet order, so file names (and their collision suffixes) never depend on timing or shards.
        var bound = selected.Select(record => Bind(renderer, record, file)).ToList();
        var plan = BatchPlan.Tasks(template.Manifest, bound, formats, namer, options.Type.Extension());
        var tasks = plan.Where((_, position) => options.Shard?.Includes(position) ?? true).ToList();
        var rows = bound.Where(row => tasks.Any(t => t.Rows.Contains(row))).ToList();
        // Not cancellable: it is quick, and a cancelled batch still writes its report below.
        var preflight = Preflight(renderer, tasks, options.Type, CancellationToken.None);
        if (options.DryRun)
        {
            var planned = tasks.Select(t => t.Outputs.Select(o => new OutputResult(o.Name, [], [], null, Skipped: false)).ToArray()).ToArray();
            return new BatchReport(rows.Select(row => Report(row, tasks, planned)).ToList());
        }

        if (options.Type == OutputType.Mp4)
        {
            // Without ffmpeg no video can be made: one clear error for the batch, not the same failure for every row.
            _ = Video.FfmpegLocator.Find(renderer.Options.Video.Ffmpeg);
        }

        using var folderLock = TakeFolder(outputFolder);
        using var cache = OutputCache.Load(outputFolder, renderer, options, renderer.FontFolders);
        var results = new OutputResult[]?[tasks.Count];
        var done = 0;
        var failed = 0;
        var finished = false;
        BatchReport report = null!;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = stop.Token };
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, tasks.Count), parallel, async (index, ct) =>
            {
                var task = tasks[index];
                results[index] = await RenderTaskAsync(renderer, task, outputFolder, options, cache, preflight, ct);
                var taskFailed = task.Rows.Any(r => !r.IsValid) || results[index]!.Any(r => r.Error is not null);
                if (taskFailed && options.FailFast)
                {
                    await stop.CancelAsync();
                }

                var failedSoFar = taskFailed ? Interlocked.Increment(ref failed) : Volatile.Read(ref failed);
                progress?.Report(new BatchProgress(Interlocked.Increment(ref done), tasks.Count, failedSoFar));
            });
            finished = true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // --fail-fast stopped the batch; the rows not rendered are reported as skipped.
            finished = true;
        }
        finally
        {
            // Also when cancelled or the disk is full: what finished is recorded, so the next run renders only the rest.
            report = Report(rows, tasks, results);
            // Only a whole run knows what is stale: not one of chosen rows, and not one with a row that failed before it was
            // named (its earlier file may still be the one to post once, say, its photo downloads again).
            if (finished && options.Rows is null && options.Where.Count == 0 && bound.All(r => r.IsValid))
            {
                report = report with { Stale = MoveStale(outputFolder, cache, plan, [.. formats.Select(f => f.Name)], options.Type) };
            }

            if (finished && options.PdfCombine && options.Type == OutputType.Pdf)
            {
                report = report with { Combined = await WriteCombinedAsync(renderer, tasks, results, formats, outputFolder, cancellationToken) };
            }

            await WriteReportAsync(outputFolder, report, options, $"{template.Manifest.Title} — {file}", cache);
        }

        return report;
    }

    /// <summary>
    /// Lays out the first output once before the batch: a mistake in the template itself (or its markup) would fail
    /// every row, so it stops the batch as a template error instead. An image's layout is kept for rendering that output.
    /// </summary>
    private static PreflightLayout Preflight(Renderer renderer, List<BatchTask> tasks, OutputType type, CancellationToken cancellationToken)
    {
        if (tasks.SelectMany(t => t.Outputs).FirstOrDefault() is not { } first)
        {
            return new PreflightLayout();
        }

        try
        {
            var laidOut = default(Renderer.LaidOut);
            if (type == OutputType.Mp4)
            {
                renderer.LayoutVideo(first.Unit, first.Format, cancellationToken, out _);
            }
            else
            {
                laidOut = renderer.Lay(first.Unit, first.Format, cancellationToken);
            }

            _ = renderer.Describe(first.Unit, first.Format, cancellationToken);
            return new PreflightLayout(first, laidOut);
        }
        catch (ContentKitException e) when (e is not (TemplateException or Layout.Markup.MarkupException))
        {
            // A problem with this row's data (a photo, a value): the batch reports it for the row.
            return new PreflightLayout();
        }
    }

    private static BatchReport Report(List<BoundRow> rows, List<BatchTask> tasks, OutputResult[]?[] results) =>
        new(rows.Select(row => Report(row, tasks, results)).ToList());

    private static bool Selected(DataRecord record, BatchOptions options) =>
        (options.Rows?.Contains(record.RowNumber) ?? true)
        && options.Where.All(condition => record.TryGetValue(condition.Key, out var value)
            && string.Equals(Cell(value), condition.Value.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string Cell(object? value) => value switch
    {
        null => "",
        double n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };

    /// <summary>Writes each output of a task; stops at the first that fails, keeping the ones written.</summary>
    private static async Task<OutputResult[]> RenderTaskAsync(Renderer renderer, BatchTask task, string folder, BatchOptions options, OutputCache cache, PreflightLayout preflight, CancellationToken cancellationToken)
    {
        var results = new List<OutputResult>();
        PlannedOutput? failedSlide = null;
        foreach (var output in task.Outputs)
        {
            // The rest of a carousel whose slide failed is not rendered: the series is withdrawn below.
            if (SameSeries(output, failedSlide))
            {
                results.Add(new OutputResult(null, [], [], null, Skipped: false));
                continue;
            }

            string? fingerprint = null;
            try
            {
                fingerprint = cache.Fingerprint(output, renderer.ImageFile);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ContentKitException)
            {
                // Without a fingerprint the output is simply rendered; rendering reports what is wrong.
            }

            if (!options.Force && fingerprint is not null && cache.Current(output.Name, fingerprint) is { } known)
            {
                results.Add(await WithDescriptionAsync(renderer, output, folder, new OutputResult(output.Name, known.Warnings, known.Text, null, Skipped: true), cancellationToken));
                continue;
            }

            // An image is recorded just before its file takes its name, with the file's length and time, so a run killed
            // in between neither loses a finished file nor trusts an unfinished one; a video is recorded once written.
            var recorded = false;
            Func<RenderResult, FileInfo, Task>? record = fingerprint is null ? null : async (rendered, file) =>
            {
                await cache.RecordAsync(output.Name, new CacheEntry(fingerprint, [.. rendered.Warnings.Select(Describe)], rendered.Adjustments, output.Format.Name, file.Length, file.LastWriteTimeUtc));
                recorded = true;
            };
            var result = await RenderOutputAsync(renderer, output, folder, options, record, preflight, cancellationToken);
            if (result.Error is null && fingerprint is not null && !recorded)
            {
                await cache.RecordAsync(output.Name, new CacheEntry(fingerprint, result.Warnings, result.Text, output.Format.Name));
            }

            results.Add(await WithDescriptionAsync(renderer, output, folder, result, cancellationToken));
            failedSlide = result.Error is not null && output.Unit.Slide is not null ? output : failedSlide;

            // A rejected image does not stop its row's other formats: the reviewer sees them all.
            if (result.Error is not null && result.Check is null)
            {
                break;
            }
        }

        WithdrawIncompleteSeries(task, results, folder, cache);
        return [.. results];
    }

    /// <summary>A ready output with its alt text and caption written beside it; a template error in them fails the output.</summary>
    private static async Task<OutputResult> WithDescriptionAsync(Renderer renderer, PlannedOutput output, string folder, OutputResult result, CancellationToken cancellationToken)
    {
        if (result.Error is not null || result.Name is null)
        {
            return result;
        }

        try
        {
            return result with { Description = await DescribeAsync(renderer, output, folder, cancellationToken) };
        }
        catch (ContentKitException e) when (e is not OutputWriteException)
        {
            return new OutputResult(null, [], result.Text, Describe(e), Skipped: false);
        }
    }

    private static async Task<OutputResult> RenderOutputAsync(Renderer renderer, PlannedOutput output, string folder, BatchOptions options, Func<RenderResult, FileInfo, Task>? beforeReady, PreflightLayout preflight, CancellationToken cancellationToken)
    {
        var firstRow = output.Unit.Rows[0].RowNumber;
        RenderResult? rendered = null;
        try
        {
            var path = Path.Combine(folder, output.Name);
            if (options.Type == OutputType.Mp4)
            {
                rendered = await renderer.RenderVideoAsync(output.Unit, output.Format, path, cancellationToken);
                if (StrictVideoFailure(options, rendered, firstRow) is { } strict)
                {
                    File.Delete(path);
                    File.Delete(Renderer.PosterPath(path));
                    throw strict;
                }
            }
            else
            {
                (rendered, var rejected) = await WriteImageAsync(renderer, output, folder, options, beforeReady, preflight, cancellationToken);
                if (rejected is not null)
                {
                    return new OutputResult(null, [], rendered.Adjustments, Describe(RejectedError(rendered, rejected, firstRow)), Skipped: false)
                    {
                        Check = new OutputCheck(rejected, output.Format.Name, output.Format.Width, output.Format.Height, rendered.Findings) { Rejected = true },
                    };
                }
            }

            return new OutputResult(output.Name, rendered!.Warnings.Select(Describe).ToList(), rendered.Adjustments, null, Skipped: false)
            {
                Check = options.Type == OutputType.Mp4 ? null : new OutputCheck(output.Name, output.Format.Name, output.Format.Width, output.Format.Height, rendered.Findings),
            };
        }
        catch (ContentKitException e) when (e is not OutputWriteException)
        {
            return new OutputResult(null, [], rendered?.Adjustments ?? [], Describe(e.Location.Row is null ? Located(e, firstRow) : e), Skipped: false);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutputWriteException))
        {
            // An unexpected failure is still only this output's failure; the message keeps what is known.
            return new OutputResult(null, [], [], Localized.Format(Messages.Batch_UnexpectedInRow, firstRow, e.GetType().Name, e.Message), Skipped: false);
        }
    }

    /// <summary>Binds a row; whatever goes wrong is that row's failure, never the batch's.</summary>
    private static BoundRow Bind(Renderer renderer, DataRecord record, string file)
    {
        try
        {
            return renderer.Bind(record, file);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            var error = e as ContentKitException ?? new ContentKitException(Localized.Format(Messages.Batch_Unexpected, e.GetType().Name, e.Message), null, e);
            return new BoundRow(record.RowNumber, new Dictionary<string, object?>(), [error.At(error.Location with { File = file, Row = record.RowNumber })]);
        }
    }

    private static void CheckColumns(TemplateManifest manifest, DataSheet sheet)
    {
        if (sheet.Rows.Count == 0)
        {
            throw new ContentKitException(
                Messages.Batch_NoRows, new ErrorLocation(File: sheet.SourcePath));
        }

        var missing = RequiredColumns.Missing(manifest, sheet.Columns);
        if (missing.Count > 0)
        {
            throw new ContentKitException(
                Localized.Format(Messages.Batch_MissingColumns, string.Join(", ", missing.Select(m => $"'{m}'")), manifest.Id, string.Join(", ", sheet.Columns)),
                new ErrorLocation(File: sheet.SourcePath));
        }
    }
}
