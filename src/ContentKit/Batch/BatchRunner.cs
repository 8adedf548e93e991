using ContentKit.Data;
using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>
/// Renders every row of a sheet: rows are checked first, valid rows render in parallel, a failing row
/// never stops the others, every file is written atomically, and <c>report.json</c> records each row.
/// </summary>
public static class BatchRunner
{
    /// <summary>The report file written into the output folder.</summary>
    public const string ReportFile = "report.json";

    /// <summary>Runs the batch. Throws <see cref="ContentKitException"/> before rendering anything when the sheet lacks a required column or an option is wrong.</summary>
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
        Directory.CreateDirectory(outputFolder);

        // Binding and naming run in sheet order, so file names (and their collision suffixes) never depend on timing.
        var file = Path.GetFileName(sheet.SourcePath);
        var jobs = sheet.Rows.Select(record =>
        {
            var row = Bind(renderer, record, file);
            var names = row.IsValid ? formats.Select(f => namer.Name(row, f.Name, options.Type.Extension())).ToList() : [];
            return (Row: row, Names: names);
        }).ToList();

        var reports = new RowReport[jobs.Count];
        var done = 0;
        var failed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, jobs.Count), parallel, async (index, ct) =>
        {
            var (row, names) = jobs[index];
            var report = await RenderRowAsync(renderer, row, formats, names, outputFolder, options, ct);
            reports[index] = report;
            var failedSoFar = report.Status == RowStatus.Failed ? Interlocked.Increment(ref failed) : Volatile.Read(ref failed);
            progress?.Report(new BatchProgress(Interlocked.Increment(ref done), jobs.Count, failedSoFar));
        });

        var result = new BatchReport(reports);
        await AtomicFile.WriteTextAsync(Path.Combine(outputFolder, ReportFile), ReportJson.Write(result), CancellationToken.None);
        return result;
    }

    private static async Task<RowReport> RenderRowAsync(
        Renderer renderer, BoundRow row, IReadOnlyList<OutputFormat> formats, IReadOnlyList<string> names, string folder, BatchOptions options, CancellationToken cancellationToken)
    {
        if (!row.IsValid)
        {
            return RowReport.Failed(row.RowNumber, [], row.Errors.Select(Describe).ToList());
        }

        var written = new List<string>();
        var warnings = new List<string>();
        var text = new List<TextAdjustment>();
        try
        {
            for (var i = 0; i < formats.Count; i++)
            {
                var format = formats[i];
                await AtomicFile.WriteAsync(Path.Combine(folder, names[i]), (stream, ct) =>
                {
                    var result = renderer.Render(row, format, options.Type, stream, ct);
                    text.AddRange(result.Adjustments);
                    warnings.AddRange(result.Warnings.Select(Describe));
                    if (options.StrictText && result.Adjustments.FirstOrDefault(a => a.Clamped) is { } clamped)
                    {
                        // Thrown before the rename, so no file is left for this format.
                        throw new ContentKitException(
                            $"'{clamped.Field ?? "text"}' does not fit the {clamped.Format} format ({clamped.HiddenCharacters} characters would be hidden) and --strict-text is on. Shorten it.",
                            new ErrorLocation(Row: row.RowNumber, Column: clamped.Field));
                    }

                    return Task.CompletedTask;
                }, cancellationToken);
                written.Add(names[i]);
            }

            return new RowReport(row.RowNumber, RowStatus.Ok, written, warnings, text);
        }
        catch (ContentKitException e)
        {
            return RowReport.Failed(row.RowNumber, written, [Describe(e.Location.Row is null ? Located(e, row.RowNumber) : e)], text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An unexpected failure is still only this row's failure; the message keeps what is known.
            return RowReport.Failed(row.RowNumber, written, [$"row {row.RowNumber}: unexpected error ({e.GetType().Name}): {e.Message}"], text);
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
            var error = e as ContentKitException ?? new ContentKitException($"unexpected error ({e.GetType().Name}): {e.Message}", null, e);
            return new BoundRow(record.RowNumber, new Dictionary<string, object?>(), [new ContentKitException(error.Message, error.Location with { File = file, Row = record.RowNumber }, e)]);
        }
    }

    private static void CheckColumns(TemplateManifest manifest, DataSheet sheet)
    {
        var columns = sheet.Columns.Select(ColumnKey.Normalize).ToHashSet(StringComparer.Ordinal);
        var missing = manifest.Fields.Where(f => f.Required && f.Default is null && !columns.Contains(ColumnKey.Normalize(f.Name))).Select(f => f.Name).ToList();
        if (missing.Count > 0)
        {
            throw new ContentKitException(
                $"The sheet has no column {string.Join(", ", missing.Select(m => $"'{m}'"))}, required by template '{manifest.Id}'. Its columns are: {string.Join(", ", sheet.Columns)}. Add the column or rename a header.",
                new ErrorLocation(File: sheet.SourcePath));
        }
    }

    private static ContentKitException Located(ContentKitException e, int row) => new(e.Message, e.Location with { Row = row }, e);

    /// <summary>The message with its location, naming files by name only so reports read the same on every machine.</summary>
    private static string Describe(ContentKitException e)
    {
        var location = e.Location with { File = e.Location.File is { } f ? Path.GetFileName(f) : null };
        return location.IsEmpty ? e.Message : $"{location}: {e.Message}";
    }
}
