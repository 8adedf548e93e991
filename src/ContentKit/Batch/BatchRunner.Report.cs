using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>How the outcome of each output becomes the report's line for each spreadsheet row.</summary>
public static partial class BatchRunner
{
    /// <summary>A row's line in the report: its own errors, or the outputs it appears in and what happened to them.</summary>
    private static RowReport Report(BoundRow row, IReadOnlyList<BatchTask> tasks, OutputResult[]?[] results)
    {
        if (!row.IsValid)
        {
            return RowReport.Failed(row.RowNumber, [], row.Errors.Select(Describe).ToList());
        }

        var outputs = new List<string>();
        var messages = new List<string>();
        var text = new List<TextAdjustment>();
        var checks = new List<OutputCheck>();
        var descriptions = new List<OutputDescription>();
        var failed = false;
        var rendered = false;
        var stopped = false;
        for (var t = 0; t < tasks.Count; t++)
        {
            if (results[t] is not { } taskResults)
            {
                stopped |= tasks[t].Rows.Contains(row);
                continue;
            }

            for (var o = 0; o < taskResults.Length; o++)
            {
                var unit = tasks[t].Outputs[o].Unit;
                if (!unit.Rows.Contains(row))
                {
                    continue;
                }

                var result = taskResults[o];
                rendered |= !result.Skipped;
                if (result.Name is not null)
                {
                    outputs.Add(result.Name);
                }

                // What happened to an output of many rows is told on its first row.
                if (ReferenceEquals(unit.Rows[0], row))
                {
                    messages.AddRange(result.Warnings);
                    text.AddRange(result.Text);
                    checks.AddRange(result.Check is { } check ? [check] : []);
                    descriptions.AddRange(result.Description is { } description ? [description] : []);
                }

                if (result.Error is not null)
                {
                    failed = true;
                    messages.Add(result.Error);
                }
            }
        }

        if (failed)
        {
            return RowReport.Failed(row.RowNumber, outputs, messages, text) with { Checks = checks, Descriptions = descriptions };
        }

        if (stopped)
        {
            messages.Add(Localized.Format(Messages.Batch_Stopped, row.RowNumber));
        }

        var carousels = Carousels(row, tasks, results);
        return new RowReport(row.RowNumber, rendered && !stopped ? RowStatus.Ok : RowStatus.Skipped, outputs, messages, text)
        {
            Checks = checks,
            Descriptions = descriptions,
            Carousels = carousels.Count > 0 ? carousels : null,
        };
    }

    private static ContentKitException Located(ContentKitException e, int row) => new(e.Message, e.Location with { Row = row }, e);

    /// <summary>The message with its location, naming files by name only so reports read the same on every machine.</summary>
    private static string Describe(ContentKitException e) => Describe(e.Message, e.Location);

    private static string Describe(Diagnostic warning) => Describe(warning.Message, warning.Location);

    private static string Describe(string message, ErrorLocation where)
    {
        var location = where with { File = where.File is { } f ? Path.GetFileName(f) : null };
        return location.IsEmpty ? message : $"{location}: {message}";
    }

    /// <summary>What writing one output gave: its file name (null when it failed), warnings, text adjustments, or the error.</summary>
    private sealed record OutputResult(string? Name, IReadOnlyList<string> Warnings, IReadOnlyList<TextAdjustment> Text, string? Error, bool Skipped)
    {
        /// <summary>The design check's findings for the image written (ready or rejected); null when none was checked.</summary>
        public OutputCheck? Check { get; init; }

        /// <summary>The alt text and caption written beside a ready output; null when the template declares none.</summary>
        public OutputDescription? Description { get; init; }
    }
}
