using System.CommandLine;
using System.Diagnostics;
using ContentKit.Batch;
using ContentKit.Data;
using ContentKit.Output;
using Spectre.Console;

namespace ContentKit.Cli.Commands;

/// <summary><c>contentkit render</c>: a spreadsheet and a template in, a folder of images and report.json out.</summary>
internal static class RenderCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var template = new Option<string>("--template", "-t") { Description = "A template id (see 'contentkit templates') or a template folder.", Required = true };
        var format = new Option<string?>("--format", "-f") { Description = "Output format name(s), comma-separated, e.g. feed,story (default: the template's first)." };
        var type = new Option<string?>("--type") { Description = "Output type: png, jpg or webp for image templates, mp4 for video templates (default: png, or mp4 for a video template)." };
        type.AcceptOnlyFromAmong("png", "jpg", "jpeg", "webp", "mp4");
        var ffmpeg = new Option<string?>("--ffmpeg") { Description = "The ffmpeg program used for videos (default: ffmpeg on PATH)." };
        var encoderPreset = new Option<string>("--encoder-preset") { Description = "x264 speed for videos: veryfast renders quickly, medium makes smaller files.", DefaultValueFactory = _ => "veryfast" };
        encoderPreset.AcceptOnlyFromAmong([.. VideoOptions.EncoderPresets]);
        var output = new Option<string>("--out", "-o") { Description = "The output folder.", DefaultValueFactory = _ => "out" };
        var name = new Option<string?>("--name") { Description = "File name pattern, e.g. {row}-{judul|slug}-{format} (default: the template's)." };
        var set = new Option<string[]>("--set") { Description = "A template value KEY=VALUE, read as job.KEY in the layout; repeatable." };
        var input = new DataInput();
        var jobs = new Option<int?>("--jobs", "-j") { Description = "Outputs rendered at the same time (default: the number of cores; 1 for videos, as ffmpeg uses every core)." };
        var rowsOption = new Option<string?>("--rows") { Description = "Only these spreadsheet rows, e.g. 2-10,15." };
        var where = new Option<string[]>("--where") { Description = "Only rows where COLUMN=VALUE (ignoring case); repeatable, all must match." };
        var shard = new Option<string?>("--shard") { Description = "Render part I of N of the outputs, e.g. 2/3; the N parts together make the whole batch." };
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop starting new outputs after the first failure." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the data and list what would be written, without writing anything." };
        var force = new Option<bool>("--force") { Description = "Render every output, even those whose inputs have not changed since the last run." };
        var strictText = new Option<bool>("--strict-text") { Description = "Fail a row whose text had to be cut to fit, instead of warning." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (the schema of report.json) instead of progress and the summary table, for scripts." };
        var emitMarkup = new Option<bool>("--emit-markup") { Description = "Print the layout markup of the first output instead of rendering (for template authors)." };
        var templates = CommonOptions.Templates();

        var command = new Command("render", "Render every row of a spreadsheet with a template.")
        {
            template, format, type, ffmpeg, encoderPreset, output, name, set, jobs, rowsOption, where, shard, failFast, dryRun, force, strictText, json, emitMarkup, templates,
        };

        foreach (var option in input.Options)
        {
            command.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            Renderer? renderer = null;
            DataSheet rows;
            BatchOptions options;
            try
            {
                var library = CommonOptions.Library(parse.GetValue(templates));
                var loaded = library.Load(parse.GetRequiredValue(template));
                rows = input.Read(parse);
                var video = loaded.Manifest.Kind == Templates.TemplateKind.Video;
                var outputType = OutputTypeFor(loaded, parse.GetValue(type));
                options = new BatchOptions
                {
                    OutputFolder = parse.GetRequiredValue(output),
                    Formats = parse.GetValue(format)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                    Type = outputType,
                    NamePattern = parse.GetValue(name),
                    StrictText = parse.GetValue(strictText),
                    MaxParallelism = parse.GetValue(jobs) is { } n ? Math.Max(1, n) : video ? 1 : Environment.ProcessorCount,
                    Rows = parse.GetValue(rowsOption) is { } selection ? RowSelection.Parse(selection) : null,
                    Where = KeyValues.Parse(parse.GetValue(where) ?? [], "--where", "--where kecamatan=Sukorejo").ToList(),
                    Shard = parse.GetValue(shard) is { } part ? Shard.Parse(part) : null,
                    FailFast = parse.GetValue(failFast),
                    DryRun = parse.GetValue(dryRun),
                    Force = parse.GetValue(force),
                };
                renderer = new Renderer(library, loaded, input.RenderOptions(parse, rows) with
                {
                    Values = KeyValues.Parse(parse.GetValue(set) ?? [], "--set", "--set sumber=\"BPS Kota Blitar\"").ToDictionary(kv => ColumnKey.Normalize(kv.Key), kv => kv.Value),
                    Video = new VideoOptions { Ffmpeg = parse.GetValue(ffmpeg), EncoderPreset = parse.GetRequiredValue(encoderPreset) },
                });
            }
            catch (ContentKitException e)
            {
                renderer?.Dispose();
                await error.WriteLineAsync($"error: {e}");
                return ExitCodes.UsageOrTemplateError;
            }

            using (renderer)
            {
                return parse.GetValue(emitMarkup)
                    ? await EmitMarkupAsync(console, error, renderer, rows, options)
                    : await RunAsync(console, error, renderer, rows, options, parse.GetValue(json), cancellationToken);
            }
        });
        return command;
    }

    /// <summary>A video template makes MP4s and an image template images; asking one for the other's type is a usage error.</summary>
    private static OutputType OutputTypeFor(Templates.Template template, string? requested)
    {
        var video = template.Manifest.Kind == Templates.TemplateKind.Video;
        if (requested is null)
        {
            return video ? OutputType.Mp4 : OutputType.Png;
        }

        _ = OutputTypes.TryParse(requested, out var type);
        return (type == OutputType.Mp4) == video
            ? type
            : throw new ContentKitException(video
                ? $"Template '{template.Id}' makes videos; --type {requested} is for image templates. Leave out --type, or use --type mp4."
                : $"Template '{template.Id}' makes images; --type mp4 needs a video template, such as reels-pengumuman (see 'contentkit templates').");
    }

    private static async Task<int> RunAsync(IAnsiConsole console, TextWriter error, Renderer renderer, DataSheet rows, BatchOptions options, bool json, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        BatchReport report;
        try
        {
            report = json
                ? await BatchRunner.RunAsync(renderer, rows, options, null, cancellationToken)
                : await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"Rendering {rows.Rows.Count} rows with '{renderer.Template.Id}'", maxValue: Math.Max(1, rows.Rows.Count));
                    var progress = new Progress<BatchProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = Math.Max(task.Value, p.Done);
                    });
                    var result = await BatchRunner.RunAsync(renderer, rows, options, progress, cancellationToken);
                    task.Value = task.MaxValue;
                    return result;
                });
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (ContentKitException e)
        {
            await error.WriteLineAsync($"error: {e}");
            return ExitCodes.UsageOrTemplateError;
        }

        if (json)
        {
            await console.Profile.Out.Writer.WriteAsync(ReportJson.Write(report));
        }
        else
        {
            WriteSummary(console, report, options, clock.Elapsed);
        }

        return report.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeRowsFailed;
    }

    private static async Task<int> EmitMarkupAsync(IAnsiConsole console, TextWriter error, Renderer renderer, DataSheet rows, BatchOptions options)
    {
        try
        {
            var format = renderer.Template.Format(options.Formats.Count > 0 ? options.Formats[0] : renderer.Template.Manifest.Formats[0].Name);
            var valid = rows.Rows.Select(r => renderer.Bind(r, Path.GetFileName(rows.SourcePath))).Where(r => r.IsValid).ToList();
            var unit = renderer.Template.Plan(valid, format).FirstOrDefault()
                ?? throw new ContentKitException("No row is valid; run without --emit-markup to see why.");
            console.Profile.Out.Writer.Write(renderer.RenderMarkup(unit, format));
            return ExitCodes.Success;
        }
        catch (ContentKitException e)
        {
            await error.WriteLineAsync($"error: {e}");
            return ExitCodes.UsageOrTemplateError;
        }
    }

    private static void WriteSummary(IAnsiConsole console, BatchReport report, BatchOptions options, TimeSpan elapsed)
    {
        var table = new Table().AddColumns("Row", "Status", "Files / messages");
        foreach (var row in report.Rows)
        {
            var failed = row.Status == RowStatus.Failed;
            table.AddRow(
                new Spectre.Console.Text(row.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Markup(row.Status switch { RowStatus.Ok => "[green]ok[/]", RowStatus.Skipped => "[grey]skipped[/]", _ => "[red]failed[/]" }),
                new Spectre.Console.Text(string.Join("\n", failed ? row.Messages : row.Outputs.Concat(row.Messages))));
        }

        console.Write(table);
        var folder = options.OutputFolder;
        if (options.DryRun)
        {
            console.MarkupLine($"Dry run: [bold]{report.Succeeded}[/] rows would render to {report.Files} files in {Markup.Escape(Path.GetFullPath(folder))}, [bold]{report.Failed}[/] failed. Nothing was written.");
            return;
        }

        console.MarkupLine(
            $"[bold]{report.Succeeded}[/] rendered, [bold]{report.Skipped}[/] skipped (unchanged), [bold]{report.Failed}[/] failed, {report.Files} files in {Markup.Escape(Path.GetFullPath(folder))} ({elapsed.TotalSeconds:0.0} s). Report: {BatchRunner.ReportFile}");
    }
}
