using System.CommandLine;
using System.Globalization;
using ContentKit.Batch;
using ContentKit.Data;
using Spectre.Console;

namespace ContentKit.Cli.Commands;

/// <summary>
/// <c>contentkit validate</c>: checks a spreadsheet against a template and lists every problem with its row,
/// column and fix: the data's problems, then what the design check finds when each output is laid out and painted
/// in memory. Nothing is written. Exit 0 when clean (or only warnings), 1 when anything needs fixing (with
/// <c>--strict</c>, warnings too).
/// </summary>
internal static class ValidateCommand
{
    /// <summary>The row of a problem with the whole sheet: a sign, the same in every language.</summary>
    private const string WholeSheet = "—";

    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var template = new Option<string>("--template", "-t") { Description = CliMessages.Option_Template, Required = true };
        var format = new Option<string?>("--format", "-f") { Description = CliMessages.Option_ValidateFormat };
        var templates = CommonOptions.Templates();
        var strict = CommonOptions.Strict();
        var unit = CommonOptions.Unit();
        var input = new DataInput();

        var command = new Command("validate", CliMessages.Validate_Description) { template, format, strict, templates, unit };
        foreach (var option in input.Options)
        {
            command.Add(option);
        }

        command.SetAction(parse => CommonOptions.Guard(error, () =>
        {
            var library = CommonOptions.Library(parse.GetValue(templates));
            var loaded = library.Load(parse.GetRequiredValue(template));
            var rows = input.Read(parse);
            var formats = parse.GetValue(format)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

            // A misspelt format is a usage error here as in render (exit 2), before any row is looked at.
            foreach (var name in formats)
            {
                _ = loaded.Format(name);
            }

            using var renderer = new Renderer(library, loaded, input.RenderOptions(parse, rows) with { Unit = CommonOptions.LoadUnit(parse.GetValue(unit)) });
            var problems = SheetValidator.Validate(renderer, rows, formats);
            Write(console, problems, rows, loaded.Id);
            var failing = parse.GetValue(strict) ? problems.Count : problems.Count(p => !p.IsWarning);
            return failing == 0 ? ExitCodes.Success : ExitCodes.SomeRowsFailed;
        }));
        return command;
    }

    private static void Write(IAnsiConsole console, IReadOnlyList<ValidationProblem> problems, DataSheet sheet, string templateId)
    {
        var file = Path.GetFileName(sheet.SourcePath);
        var data = problems.Where(p => p.Finding is null).ToList();
        var design = problems.Where(p => p.Finding is not null).ToList();
        if (problems.Count == 0)
        {
            console.MarkupLine(Localized.Format(sheet.Rows.Count == 1 ? CliMessages.Validate_Clean_One : CliMessages.Validate_Clean_Many, sheet.Rows.Count, Markup.Escape(file), Markup.Escape(templateId)));
            return;
        }

        if (data.Count == 0)
        {
            console.MarkupLine(Localized.Format(CliMessages.Validate_DataClean, sheet.Rows.Count, Markup.Escape(file), Markup.Escape(templateId)));
        }
        else
        {
            var table = new Table().AddColumns(CliMessages.Table_Row, CliMessages.Table_Column, CliMessages.Table_Value, CliMessages.Table_Problem, CliMessages.Table_Fix);
            foreach (var problem in data)
            {
                table.AddRow(
                    new Spectre.Console.Text(problem.Row?.ToString(CultureInfo.InvariantCulture) ?? WholeSheet),
                    new Spectre.Console.Text(problem.Column ?? ""),
                    new Spectre.Console.Text(problem.Value ?? ""),
                    new Spectre.Console.Text(problem.Message),
                    new Spectre.Console.Text(problem.Hint));
            }

            console.Write(table);
            var rows = data.Select(p => p.Row).OfType<int>().Distinct().Count();
            var wholeSheet = data.Any(p => p.Row is null);
            console.MarkupLine(Summary(data.Count, rows, sheet.Rows.Count, wholeSheet, Markup.Escape(file), Markup.Escape(templateId)));
        }

        if (design.Count > 0)
        {
            WriteDesign(console, design);
        }
    }

    /// <summary>The design check's findings: errors in red, warnings in yellow, with the element and what to change.</summary>
    private static void WriteDesign(IAnsiConsole console, List<ValidationProblem> design)
    {
        console.WriteLine(CliMessages.Validate_DesignHeading);
        var table = new Table().AddColumns(CliMessages.Table_Row, CliMessages.Table_Format, CliMessages.Table_Column, CliMessages.Table_Problem, CliMessages.Table_Fix);
        foreach (var problem in design)
        {
            var finding = problem.Finding!;
            table.AddRow(
                new Spectre.Console.Text(problem.Row?.ToString(CultureInfo.InvariantCulture) ?? WholeSheet),
                new Spectre.Console.Text(finding.Format),
                new Spectre.Console.Text(problem.Column ?? ""),
                new Spectre.Console.Text(problem.Message, new Style(finding.IsError ? Color.Red : Color.Yellow)),
                new Spectre.Console.Text(problem.Hint));
        }

        console.Write(table);
        console.WriteLine(Localized.Format(CliMessages.Validate_DesignSummary, design.Count(p => !p.IsWarning), design.Count(p => p.IsWarning)));
    }

    /// <summary>"3 problems", "1 row": counted words, in the UI language.</summary>
    private static string Count(int n, string one, string many) => Localized.Format(n == 1 ? one : many, n);

    /// <summary>The closing line. Spectre markup: <paramref name="file"/> and <paramref name="template"/> come escaped.</summary>
    private static string Summary(int problems, int rows, int total, bool wholeSheet, string file, string template)
    {
        var totalRows = Count(total, CliMessages.Validate_Rows_One, CliMessages.Validate_Rows_Many);
        var where = (wholeSheet, rows > 0) switch
        {
            (true, false) => CliMessages.Validate_InSheet,
            (true, true) => Localized.Format(CliMessages.Validate_InSheetAndRows, rows, totalRows),
            _ => Localized.Format(CliMessages.Validate_InRows, rows, totalRows),
        };
        return Localized.Format(CliMessages.Validate_Summary, Count(problems, CliMessages.Validate_Problems_One, CliMessages.Validate_Problems_Many), file, template, where);
    }
}
