using System.CommandLine;
using System.Globalization;
using ContentKit.Batch;
using ContentKit.Data;
using Spectre.Console;

namespace ContentKit.Cli.Commands;

/// <summary>
/// <c>contentkit validate</c>: checks a spreadsheet against a template and lists every problem with its row,
/// column and fix, without rendering or writing anything. Exit 0 when clean, 1 when anything needs fixing.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var template = new Option<string>("--template", "-t") { Description = Strings.Template, Required = true };
        var format = new Option<string?>("--format", "-f") { Description = Strings.Format };
        var templates = CommonOptions.Templates();
        var input = new DataInput();

        var command = new Command("validate", Strings.Command) { template, format, templates };
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

            using var renderer = new Renderer(library, loaded, input.RenderOptions(parse, rows));
            var problems = SheetValidator.Validate(renderer, rows, formats);
            Write(console, problems, rows, loaded.Id);
            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.SomeRowsFailed;
        }));
        return command;
    }

    private static void Write(IAnsiConsole console, IReadOnlyList<ValidationProblem> problems, DataSheet sheet, string templateId)
    {
        var file = Path.GetFileName(sheet.SourcePath);
        if (problems.Count == 0)
        {
            console.MarkupLine(Strings.Clean(sheet.Rows.Count, Markup.Escape(file), Markup.Escape(templateId)));
            return;
        }

        var table = new Table().AddColumns(Strings.Row, Strings.Column, Strings.Value, Strings.Problem, Strings.Fix);
        foreach (var problem in problems)
        {
            table.AddRow(
                new Spectre.Console.Text(problem.Row?.ToString(CultureInfo.InvariantCulture) ?? Strings.WholeSheet),
                new Spectre.Console.Text(problem.Column ?? ""),
                new Spectre.Console.Text(problem.Value ?? ""),
                new Spectre.Console.Text(problem.Message),
                new Spectre.Console.Text(problem.Hint));
        }

        console.Write(table);
        var rows = problems.Select(p => p.Row).OfType<int>().Distinct().Count();
        var wholeSheet = problems.Any(p => p.Row is null);
        console.MarkupLine(Strings.Summary(problems.Count, rows, sheet.Rows.Count, wholeSheet, Markup.Escape(file), Markup.Escape(templateId)));
    }

    /// <summary>What the command says, in one place for translation. Summary lines are Spectre markup; arguments come escaped.</summary>
    private static class Strings
    {
        public const string Command = "Check a spreadsheet against a template and list every problem, without rendering.";
        public const string Template = "A template id (see 'contentkit templates') or a template folder.";
        public const string Format = "Format name(s) the render will use, comma-separated, e.g. feed,story (default: the template's first); photos are checked against the widest.";

        public const string Row = "Row";
        public const string Column = "Column";
        public const string Value = "Value";
        public const string Problem = "Problem";
        public const string Fix = "Fix";
        public const string WholeSheet = "—";

        public static string Clean(int rows, string file, string template) =>
            $"[green]No problems:[/] {Count(rows, "row", "rows")} of {file} {(rows == 1 ? "is" : "are")} ready to render with '{template}'.";

        public static string Summary(int problems, int rows, int total, bool wholeSheet, string file, string template) =>
            $"[red]{Count(problems, "problem", "problems")}[/] in {file} for '{template}', in "
            + (wholeSheet ? "the sheet as a whole" + (rows > 0 ? " and " : "") : "")
            + (rows > 0 || !wholeSheet ? $"{rows} of {Count(total, "row", "rows")}" : "")
            + ". Fix them and run validate again.";

        private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
    }
}
