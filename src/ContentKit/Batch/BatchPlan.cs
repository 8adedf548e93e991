using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>One output to write: the rows it shows, its format and its file name.</summary>
internal sealed record PlannedOutput(RenderUnit Unit, OutputFormat Format, string Name);

/// <summary>
/// A unit of parallel work and progress: for one-output-per-row templates, a row with all its formats (a
/// failed row is a task with nothing to write); otherwise one output of a table or group, or one carousel of it.
/// </summary>
internal sealed record BatchTask(IReadOnlyList<BoundRow> Rows, IReadOnlyList<PlannedOutput> Outputs);

/// <summary>Plans a batch in sheet order: which outputs exist and what they are called.</summary>
internal static class BatchPlan
{
    public static IReadOnlyList<BatchTask> Tasks(TemplateManifest manifest, IReadOnlyList<BoundRow> rows, IReadOnlyList<OutputFormat> formats, FileNamer namer, string extension)
    {
        if (manifest.Binding == Binding.Row)
        {
            // In a carousel format each row's slides share one name, numbered NAME-1 … NAME-N in slide order.
            return rows.Select(row => new BatchTask(
                [row],
                row.IsValid ? formats.SelectMany(f => manifest.Slides?.Covers(f.Name) == true
                    ? Series(UnitPlanner.Plan(manifest, [row], f).ToList(), f, namer, extension)
                    : [new PlannedOutput(RenderUnit.Of(row), f, namer.Name(row, f.Name, extension))]).ToList() : [])).ToList();
        }

        var valid = rows.Where(r => r.IsValid).ToList();
        return formats.SelectMany(format =>
        {
            var units = UnitPlanner.Plan(manifest, valid, format).ToList();
            if (manifest.Slides?.Covers(format.Name) != true)
            {
                return units.Select(unit => new BatchTask(unit.Rows, [new PlannedOutput(unit, format, namer.Name(unit, format.Name, extension))]));
            }

            // A carousel of a table or group is one task, so a failed slide withdraws its whole series.
            return Split(units).Select(series => new BatchTask(series[0].Table, Series(series, format, namer, extension)));
        }).ToList();
    }

    private static List<PlannedOutput> Series(List<RenderUnit> series, OutputFormat format, FileNamer namer, string extension) =>
        [.. series.Zip(namer.Series(series[0], format.Name, extension, series.Count), (unit, name) => new PlannedOutput(unit, format, name))];

    /// <summary>The slides of one format cut into their series: each cover starts one.</summary>
    private static IEnumerable<List<RenderUnit>> Split(List<RenderUnit> units)
    {
        var series = new List<RenderUnit>();
        foreach (var unit in units)
        {
            if (unit.Slide?.Kind == SlideKind.Cover && series.Count > 0)
            {
                yield return series;
                series = [];
            }

            series.Add(unit);
        }

        if (series.Count > 0)
        {
            yield return series;
        }
    }
}
