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
        var data = new Option<string>("--data", "-d") { Description = "The spreadsheet: .csv, .xlsx or .xls.", Required = true };
        var template = new Option<string>("--template", "-t") { Description = "A template id (see 'contentkit templates') or a template folder.", Required = true };
        var format = new Option<string?>("--format", "-f") { Description = "Output format name(s), comma-separated, e.g. feed,story (default: the template's first)." };
        var type = new Option<string>("--type") { Description = "Image type: png, jpg or webp.", DefaultValueFactory = _ => "png" };
        type.AcceptOnlyFromAmong("png", "jpg", "jpeg", "webp");
        var output = new Option<string>("--out", "-o") { Description = "The output folder.", DefaultValueFactory = _ => "out" };
        var name = new Option<string?>("--name") { Description = "File name pattern, e.g. {row}-{judul|slug}-{format} (default: the template's)." };
        var set = new Option<string[]>("--set") { Description = "A template value KEY=VALUE, read as job.KEY in the layout; repeatable." };
        var sheet = new Option<string?>("--sheet") { Description = "The sheet to read from an .xlsx/.xls file (default: the first)." };
        var strictText = new Option<bool>("--strict-text") { Description = "Fail a row whose text had to be cut to fit, instead of warning." };
        var emitMarkup = new Option<bool>("--emit-markup") { Description = "Print the layout markup of the first output instead of rendering (for template authors)." };
        var templates = CommonOptions.Templates();

        var command = new Command("render", "Render every row of a spreadsheet with a template.")
        {
            data, template, format, type, output, name, set, sheet, strictText, emitMarkup, templates,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            Renderer? renderer = null;
            DataSheet rows;
            BatchOptions options;
            try
            {
                var library = CommonOptions.Library(parse.GetValue(templates));
                var loaded = library.Load(parse.GetRequiredValue(template));
                rows = DataReader.Read(parse.GetRequiredValue(data), new DataReadOptions { SheetName = parse.GetValue(sheet) });
                _ = OutputTypes.TryParse(parse.GetRequiredValue(type), out var outputType);
                options = new BatchOptions
                {
                    OutputFolder = parse.GetRequiredValue(output),
                    Formats = parse.GetValue(format)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                    Type = outputType,
                    NamePattern = parse.GetValue(name),
                    StrictText = parse.GetValue(strictText),
                };
                renderer = new Renderer(library, loaded, new RenderOptions
                {
                    DataFolder = Path.GetDirectoryName(Path.GetFullPath(rows.SourcePath)),
                    Values = ParseValues(parse.GetValue(set) ?? []),
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
                    : await RunAsync(console, error, renderer, rows, options, cancellationToken);
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(IAnsiConsole console, TextWriter error, Renderer renderer, DataSheet rows, BatchOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        BatchReport report;
        try
        {
            report = await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"Rendering {rows.Rows.Count} rows with '{renderer.Template.Id}'", maxValue: Math.Max(1, rows.Rows.Count));
                    var progress = new Progress<BatchProgress>(p => task.Value = Math.Max(task.Value, p.Done));
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

        WriteSummary(console, report, options.OutputFolder, clock.Elapsed);
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

    private static void WriteSummary(IAnsiConsole console, BatchReport report, string folder, TimeSpan elapsed)
    {
        var table = new Table().AddColumns("Row", "Status", "Files / messages");
        foreach (var row in report.Rows)
        {
            var ok = row.Status == RowStatus.Ok;
            table.AddRow(
                new Spectre.Console.Text(row.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Markup(ok ? "[green]ok[/]" : "[red]failed[/]"),
                new Spectre.Console.Text(string.Join("\n", ok ? row.Outputs.Concat(row.Messages) : row.Messages)));
        }

        console.Write(table);
        console.MarkupLine(
            $"[bold]{report.Succeeded}[/] rendered, [bold]{report.Failed}[/] failed, {report.Files} files in {Markup.Escape(Path.GetFullPath(folder))} ({elapsed.TotalSeconds:0.0} s). Report: {BatchRunner.ReportFile}");
    }

    private static Dictionary<string, string> ParseValues(IEnumerable<string> pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ContentKitException($"--set '{pair}' must look like KEY=VALUE, e.g. --set sumber=\"BPS Kota Blitar\".");
            }

            values[ColumnKey.Normalize(pair[..equals])] = pair[(equals + 1)..];
        }

        return values;
    }
}
