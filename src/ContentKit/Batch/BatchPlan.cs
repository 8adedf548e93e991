using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>One output to write: the rows it shows, its format and its file name.</summary>
internal sealed record PlannedOutput(RenderUnit Unit, OutputFormat Format, string Name);

/// <summary>
/// A unit of parallel work and progress: for one-output-per-row templates, a row with all its formats (a
/// failed row is a task with nothing to write); otherwise one output of a table or group.
/// </summary>
internal sealed record BatchTask(IReadOnlyList<BoundRow> Rows, IReadOnlyList<PlannedOutput> Outputs);

/// <summary>Plans a batch in sheet order: which outputs exist and what they are called.</summary>
internal static class BatchPlan
{
    public static IReadOnlyList<BatchTask> Tasks(TemplateManifest manifest, IReadOnlyList<BoundRow> rows, IReadOnlyList<OutputFormat> formats, FileNamer namer, string extension)
    {
        if (manifest.Binding == Binding.Row && manifest.Slides is not null)
        {
            // A carousel: each format's slides share one name, numbered NAME-1 … NAME-N in slide order.
            return rows.Select(row => new BatchTask(
                [row],
                row.IsValid ? formats.SelectMany(f =>
                {
                    var units = UnitPlanner.Plan(manifest, [row], f).ToList();
                    return units.Zip(namer.Series(row, f.Name, extension, units.Count), (unit, name) => new PlannedOutput(unit, f, name));
                }).ToList() : [])).ToList();
        }

        if (manifest.Binding == Binding.Row)
        {
            return rows.Select(row => new BatchTask(
                [row],
                row.IsValid ? formats.Select(f => new PlannedOutput(RenderUnit.Of(row), f, namer.Name(row, f.Name, extension))).ToList() : [])).ToList();
        }

        var valid = rows.Where(r => r.IsValid).ToList();
        return formats
            .SelectMany(format => UnitPlanner.Plan(manifest, valid, format).Select(unit => (unit, format)))
            .Select(o => new BatchTask(o.unit.Rows, [new PlannedOutput(o.unit, o.format, namer.Name(o.unit, o.format.Name, extension))]))
            .ToList();
    }
}
