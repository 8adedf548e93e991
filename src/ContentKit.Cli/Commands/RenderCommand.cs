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
    /// <param name="console">Where tables and progress go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="environment">Reads an environment variable, for <c>--shard auto</c>.</param>
    public static Command Create(IAnsiConsole console, TextWriter error, Func<string, string?> environment)
    {
        var template = new Option<string>("--template", "-t") { Description = CliMessages.Option_Template, Required = true };
        var format = new Option<string?>("--format", "-f") { Description = CliMessages.Option_Format };
        var type = new Option<string?>("--type") { Description = CliMessages.Option_Type };
        CommonOptions.AcceptOnly(type, "png", "jpg", "jpeg", "webp", "mp4", "pdf");
        var pdfCombine = new Option<bool>("--pdf-combine") { Description = CliMessages.Option_PdfCombine };
        var ffmpeg = new Option<string?>("--ffmpeg") { Description = CliMessages.Option_Ffmpeg };
        var encoderPreset = new Option<string>("--encoder-preset") { Description = CliMessages.Option_EncoderPreset, DefaultValueFactory = _ => "veryfast" };
        CommonOptions.AcceptOnly(encoderPreset, [.. VideoOptions.EncoderPresets]);
        var output = new Option<string>("--out", "-o") { Description = CliMessages.Option_Out, DefaultValueFactory = _ => "out" };
        var name = new Option<string?>("--name") { Description = CliMessages.Option_Name };
        var set = new Option<string[]>("--set") { Description = CliMessages.Option_Set };
        var input = new DataInput();
        var jobs = new Option<int?>("--jobs", "-j") { Description = CliMessages.Option_Jobs, CustomParser = CommonOptions.WholeNumber };
        var rowsOption = new Option<string?>("--rows") { Description = CliMessages.Option_Rows };
        var where = new Option<string[]>("--where") { Description = CliMessages.Option_Where };
        var shard = new Option<string?>("--shard") { Description = CliMessages.Option_Shard };
        var failFast = new Option<bool>("--fail-fast") { Description = CliMessages.Option_FailFast };
        var dryRun = new Option<bool>("--dry-run") { Description = CliMessages.Option_DryRun };
        var force = new Option<bool>("--force") { Description = CliMessages.Option_Force };
        var strict = CommonOptions.Strict();
        var json = new Option<bool>("--json") { Description = CliMessages.Option_Json };
        var emitMarkup = new Option<bool>("--emit-markup") { Description = CliMessages.Option_EmitMarkup };
        var templates = CommonOptions.Templates();
        var unit = CommonOptions.Unit();

        var command = new Command("render", CliMessages.Render_Description)
        {
            template, format, type, pdfCombine, ffmpeg, encoderPreset, output, name, set, jobs, rowsOption, where, shard, failFast, dryRun, force, strict, json, emitMarkup, templates, unit,
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
                var outputType = OutputTypeFor(loaded, parse.GetValue(type));
                options = new BatchOptions
                {
                    OutputFolder = parse.GetRequiredValue(output),
                    Formats = parse.GetValue(format)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                    Type = outputType,
                    NamePattern = parse.GetValue(name),
                    Strict = parse.GetValue(strict),
                    MaxParallelism = parse.GetValue(jobs) is { } n ? Math.Max(1, n) : outputType == OutputType.Mp4 ? 1 : Environment.ProcessorCount,
                    Rows = parse.GetValue(rowsOption) is { } selection ? RowSelection.Parse(selection) : null,
                    Where = KeyValues.Parse(parse.GetValue(where) ?? [], "--where", "--where kecamatan=Sukorejo").ToList(),
                    Shard = parse.GetValue(shard) switch
                    {
                        null => null,
                        "auto" => Shard.FromEnvironment(environment),
                        var part => Shard.Parse(part),
                    },
                    FailFast = parse.GetValue(failFast),
                    DryRun = parse.GetValue(dryRun),
                    Force = parse.GetValue(force),
                    PdfCombine = parse.GetValue(pdfCombine),
                };
                if (options.PdfCombine && outputType != OutputType.Pdf)
                {
                    throw new ContentKitException(CliMessages.Render_PdfCombineType);
                }

                RowsCheck.ThrowIfNoneSelected(rows, options.Rows, parse.GetValue(rowsOption));
                if (!options.DryRun && !parse.GetValue(emitMarkup))
                {
                    WritableFolder.Check(options.OutputFolder);
                }

                var renderOptions = input.RenderOptions(parse, rows);
                renderer = new Renderer(library, loaded, renderOptions with
                {
                    Unit = CommonOptions.LoadUnit(parse.GetValue(unit)),
                    // --force also asks the servers again about every cached web photo.
                    Network = renderOptions.Network is { } network ? network with { Revalidate = options.Force } : null,
                    Values = KeyValues.Parse(parse.GetValue(set) ?? [], "--set", "--set sumber=\"BPS Kota Blitar\"").ToDictionary(kv => ColumnKey.Normalize(kv.Key), kv => kv.Value),
                    Video = new VideoOptions { Ffmpeg = parse.GetValue(ffmpeg), EncoderPreset = parse.GetRequiredValue(encoderPreset) },
                });
            }
            catch (ContentKitException e)
            {
                renderer?.Dispose();
                await error.WriteLineAsync(Localized.Format(CliMessages.Error_Line, e));
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

    /// <summary>
    /// A video template makes MP4s; an image template makes PNGs, or any image type, or with <c>mp4</c> a short video of
    /// its design. Asking a video template for an image is a usage error.
    /// </summary>
    private static OutputType OutputTypeFor(Templates.Template template, string? requested)
    {
        var video = template.Manifest.Kind == Templates.TemplateKind.Video;
        if (requested is null)
        {
            return video ? OutputType.Mp4 : OutputType.Png;
        }

        _ = OutputTypes.TryParse(requested, out var type);
        return !video || type == OutputType.Mp4
            ? type
            : throw new ContentKitException(Localized.Format(CliMessages.Render_VideoTemplateType, template.Id, requested));
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
                    var task = context.AddTask(Localized.Format(CliMessages.Render_Progress, rows.Rows.Count, renderer.Template.Id), maxValue: Math.Max(1, rows.Rows.Count));
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
            await error.WriteLineAsync(CliMessages.Render_Cancelled);
            return ExitCodes.Cancelled;
        }
        catch (ContentKitException e)
        {
            await error.WriteLineAsync(Localized.Format(CliMessages.Error_Line, e));
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
                ?? throw new ContentKitException(CliMessages.Render_NoValidRow);
            console.Profile.Out.Writer.Write(renderer.RenderMarkup(unit, format));
            return ExitCodes.Success;
        }
        catch (ContentKitException e)
        {
            await error.WriteLineAsync(Localized.Format(CliMessages.Error_Line, e));
            return ExitCodes.UsageOrTemplateError;
        }
    }

    private static void WriteSummary(IAnsiConsole console, BatchReport report, BatchOptions options, TimeSpan elapsed)
    {
        var table = new Table().AddColumns(CliMessages.Table_Row, CliMessages.Table_Status, CliMessages.Table_FilesAndMessages);
        foreach (var row in report.Rows)
        {
            var failed = row.Status == RowStatus.Failed;
            var warnings = row.Checks.Sum(c => c.Findings.Count(f => !f.IsError));
            table.AddRow(
                new Spectre.Console.Text(row.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Markup(row.Status switch
                {
                    RowStatus.Ok when warnings > 0 => $"[yellow]{Localized.Format(CliMessages.Status_OkWarned, warnings)}[/]",
                    RowStatus.Ok => $"[green]{CliMessages.Status_Ok}[/]",
                    RowStatus.Skipped => $"[grey]{CliMessages.Status_Skipped}[/]",
                    _ => $"[red]{CliMessages.Status_Failed}[/]",
                }),
                new Spectre.Console.Text(string.Join("\n", (failed ? row.Messages : row.Outputs.Concat(row.Messages)).Concat(Findings(row)))));
        }

        console.Write(table);
        var folder = options.OutputFolder;
        if (options.DryRun)
        {
            console.MarkupLine(Localized.Format(CliMessages.Summary_DryRun, report.Succeeded, report.Files, Markup.Escape(Path.GetFullPath(folder)), report.Failed));
            return;
        }

        console.MarkupLine(Localized.Format(
            CliMessages.Summary_Done, report.Succeeded, report.Skipped, report.Failed, report.Files, Markup.Escape(Path.GetFullPath(folder)), elapsed.TotalSeconds, BatchRunner.ReportFile));
        if (report.Stale.Count > 0)
        {
            console.MarkupLine(Localized.Format(CliMessages.Summary_Stale, report.Stale.Count, Markup.Escape(Path.Combine(Path.GetFullPath(folder), BatchReport.StaleFolder))));
        }
    }

    /// <summary>Each checked image that has findings, then its findings one a line: the short message, without the fix (report.html has both).</summary>
    private static IEnumerable<string> Findings(RowReport row) =>
        row.Checks.Where(c => c.Findings.Count > 0).SelectMany(c =>
            new[] { c.Rejected ? $"✗ {c.Output} ({CliMessages.Summary_Rejected})" : $"⚠ {c.Output}" }
                .Concat(c.Findings.Select(f => $"  {(f.IsError ? CliMessages.Summary_Error : CliMessages.Summary_Warning)}: {f.Message}")));
}
