using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>Carousels are posted whole: a series with a slide that failed keeps none of its slides.</summary>
public static partial class BatchRunner
{
    /// <summary>True when <paramref name="output"/> is a later slide of the series <paramref name="failed"/> belongs to (a task holds one series per format).</summary>
    private static bool SameSeries(PlannedOutput output, PlannedOutput? failed) =>
        failed is not null && output.Unit.Slide is not null && ReferenceEquals(output.Format, failed.Format);

    /// <summary>
    /// Removes the slides already written (now or by an earlier run) of every series with a failed slide, and forgets them
    /// in the cache, so the folder never holds half a carousel; the first of them carries the message that says why.
    /// </summary>
    private static void WithdrawIncompleteSeries(BatchTask task, List<OutputResult> results, string folder, OutputCache cache)
    {
        var failures = Enumerable.Range(0, results.Count)
            .Where(i => results[i].Error is not null && task.Outputs[i].Unit.Slide is not null)
            .Select(i => task.Outputs[i])
            .ToList();
        foreach (var failed in failures)
        {
            var told = false;
            for (var i = 0; i < results.Count; i++)
            {
                var output = task.Outputs[i];
                if (ReferenceEquals(output, failed) || !ReferenceEquals(output.Format, failed.Format) || output.Unit.Slide is null || results[i].Error is not null)
                {
                    continue;
                }

                try
                {
                    File.Delete(Path.Combine(folder, output.Name));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Forgotten by the cache all the same, so the next run writes it again.
                }

                cache.Forget(output.Name);
                var slide = failed.Unit.Slide!;
                results[i] = new OutputResult(
                    null, [], [], told ? null : Localized.Format(Messages.Slides_SeriesIncomplete, slide.Number, slide.Count, failed.Format.Name), Skipped: false);
                told = true;
            }
        }
    }

    /// <summary>The carousels a row made whole, per format, with their slides in order; a table's carousel is told on its first row.</summary>
    private static List<Carousel> Carousels(BoundRow row, IReadOnlyList<BatchTask> tasks, OutputResult[]?[] results)
    {
        var carousels = new List<Carousel>();
        for (var t = 0; t < tasks.Count; t++)
        {
            if (results[t] is not { } taskResults || tasks[t].Rows.Count == 0 || !ReferenceEquals(tasks[t].Rows[0], row))
            {
                continue;
            }

            var slides = tasks[t].Outputs.Take(taskResults.Length).Zip(taskResults).Where(p => p.First.Unit.Slide is not null);
            foreach (var series in slides.GroupBy(p => p.First.Format.Name))
            {
                var names = series.OrderBy(p => p.First.Unit.Slide!.Number).Select(p => p.Second.Name).ToList();
                if (names.Count == series.First().First.Unit.Slide!.Count && names.All(n => n is not null))
                {
                    carousels.Add(new Carousel(series.Key, names.Count, names!));
                }
            }
        }

        return carousels;
    }
}
