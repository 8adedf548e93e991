using System.CommandLine;
using System.Text.Json;
using ContentKit.Batch;
using Spectre.Console;

namespace ContentKit.Cli.Commands;

/// <summary>
/// <c>contentkit check TEMPLATE</c>: renders a template against the stress set the library builds from its manifest,
/// in every format, and lists the design check's findings. Exit 0 when no image has an error (with <c>--strict</c>,
/// nor a warning), 1 otherwise, 2 for a template that cannot be loaded or is a video template.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var template = new Argument<string>("template") { Description = CliMessages.Check_TemplateArgument };
        var output = new Option<string?>("--out", "-o") { Description = CliMessages.Check_Out };
        var strict = CommonOptions.Strict();
        var json = new Option<bool>("--json") { Description = CliMessages.Check_Json };
        var templates = CommonOptions.Templates();
        var unit = CommonOptions.Unit();
        var command = new Command("check", CliMessages.Check_Description) { template, output, strict, json, templates, unit };

        command.SetAction((parse, cancellationToken) => Task.FromResult(CommonOptions.Guard(error, () =>
        {
            var library = CommonOptions.Library(parse.GetValue(templates));
            var loaded = library.Load(parse.GetRequiredValue(template));
            var profile = CommonOptions.LoadUnit(parse.GetValue(unit));
            StressReport report;
            try
            {
                report = StressCheck.Run(library, loaded, new StressCheckOptions { OutputFolder = parse.GetValue(output), Strict = parse.GetValue(strict), Unit = profile }, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                error.WriteLine(CliMessages.Render_Cancelled);
                return ExitCodes.Cancelled;
            }

            if (parse.GetValue(json))
            {
                console.Profile.Out.Writer.Write(ReportJson.Write(report));
            }
            else
            {
                Write(console, report, parse.GetValue(output));
            }

            var failing = report.Errors + (parse.GetValue(strict) ? report.Warnings : 0);
            return failing == 0 ? ExitCodes.Success : ExitCodes.SomeRowsFailed;
        })));
        return command;
    }

    private static void Write(IAnsiConsole console, StressReport report, string? folder)
    {
        var found = report.Outcomes.Where(o => o.ErrorCount + o.WarningCount > 0).ToList();
        if (found.Count > 0)
        {
            var table = new Table().AddColumns(CliMessages.Table_Case, CliMessages.Table_Format, CliMessages.Table_Problem, CliMessages.Table_Fix);
            foreach (var outcome in found)
            {
                var format = outcome.Pages > 1 ? $"{outcome.Format} {outcome.Page}/{outcome.Pages}" : outcome.Format;
                var problems = outcome.Errors.Select(e => (Message: e, Fix: "", IsError: true))
                    .Concat(outcome.Findings.Select(f => (f.Message, f.Fix, f.IsError)))
                    .Concat(outcome.Warnings.Select(w => (Message: w, Fix: "", IsError: false)));
                foreach (var (message, fix, isError) in problems)
                {
                    table.AddRow(
                        new Spectre.Console.Text(outcome.Case),
                        new Spectre.Console.Text(format),
                        new Spectre.Console.Text(message, isError ? new Style(Color.Red) : new Style(Color.Yellow)),
                        new Spectre.Console.Text(fix));
                }
            }

            console.Write(table);
            var kinds = report.Outcomes.SelectMany(o => o.Findings).GroupBy(f => f.Kind).OrderByDescending(g => g.Count()).Select(g => $"{JsonNamingPolicy.SnakeCaseLower.ConvertName(g.Key.ToString())} {g.Count()}");
            console.WriteLine(Localized.Format(CliMessages.Check_ByKind, string.Join(", ", kinds)));
        }

        var summary = found.Count == 0 ? CliMessages.Check_Clean : CliMessages.Check_Summary;
        console.WriteLine(Localized.Format(summary, report.Template, report.Cases.Count, string.Join(", ", report.Formats), report.Outcomes.Count, report.Errors, report.Warnings));
        if (folder is not null)
        {
            console.WriteLine(Localized.Format(CliMessages.Check_Kept, Path.GetFullPath(folder)));
        }
    }
}
