using ContentKit.Output;

namespace ContentKit.Batch;

/// <summary>The output folder: taken by one run at a time, cleared of killed runs' leftovers and stale files, and given the report.</summary>
public static partial class BatchRunner
{
    /// <summary>Creates and locks the folder, then removes the temporary files earlier (killed) runs left in it.</summary>
    private static OutputLock TakeFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(folder, e);
        }

        var taken = OutputLock.Take(folder);
        try
        {
            // Holding the lock, no other run is writing here: every temporary file is a leftover.
            AtomicFile.RemoveLeftovers(folder, TimeSpan.Zero);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder fails on the first write, with the message that says so.
        }

        return taken;
    }

    /// <summary>
    /// Moves into <see cref="BatchReport.StaleFolder"/> the files the cache says an earlier run made, of this run's formats
    /// and type, that the whole plan (every shard) no longer makes. Files ContentKit did not make are not in the cache and never touched.
    /// </summary>
    private static List<string> MoveStale(string folder, OutputCache cache, IReadOnlyList<BatchTask> plan, IReadOnlyCollection<string> formats, OutputType type)
    {
        var planned = plan.SelectMany(t => t.Outputs).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var extension = "." + type.Extension();
        var moved = new List<string>();
        foreach (var (name, format) in cache.Formats())
        {
            if (planned.Contains(name) || !name.EndsWith(extension, StringComparison.OrdinalIgnoreCase) || (format is not null && !formats.Contains(format)))
            {
                continue;
            }

            var files = type == OutputType.Mp4 ? new[] { name, Path.GetFileName(Renderer.PosterPath(name)), PostText.FileFor(name) } : [name, PostText.FileFor(name)];
            try
            {
                foreach (var stale in files.Where(f => File.Exists(Path.Combine(folder, f))))
                {
                    Directory.CreateDirectory(Path.Combine(folder, BatchReport.StaleFolder));
                    File.Move(Path.Combine(folder, stale), Path.Combine(folder, BatchReport.StaleFolder, stale), overwrite: true);
                    if (stale != PostText.FileFor(name))
                    {
                        // The alt text and caption go with their output, unlisted: the report names what was made.
                        moved.Add(stale);
                    }
                }

                cache.Forget(name);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left where it is (and in the cache); the next run tries again.
            }
        }

        moved.Sort(StringComparer.Ordinal);
        return moved;
    }

    /// <summary>
    /// Writes report.json, report.html and the cache. A shard's report is merged into the folder's earlier one, so the
    /// shards of one sheet written into one folder leave one report. A report that cannot be written says where.
    /// </summary>
    private static async Task WriteReportAsync(string folder, BatchReport report, BatchOptions options, string title, OutputCache cache)
    {
        var path = Path.Combine(folder, ReportFile);
        try
        {
            if (options.Shard is not null && File.Exists(path) && ReportJson.Read(await File.ReadAllTextAsync(path)) is { } earlier)
            {
                report = ReportJson.Merge(earlier, report);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable earlier report is replaced by this one.
        }

        try
        {
            await AtomicFile.WriteTextAsync(path, ReportJson.Write(report), CancellationToken.None);
            await AtomicFile.WriteTextAsync(Path.Combine(folder, ReportHtml.FileName), ReportHtml.Write(report, title), CancellationToken.None);
        }
        finally
        {
            await cache.SaveAsync();
        }
    }
}
