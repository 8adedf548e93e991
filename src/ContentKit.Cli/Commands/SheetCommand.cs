using System.CommandLine;
using ContentKit.Authoring;
using Spectre.Console;

namespace ContentKit.Cli.Commands;

/// <summary>
/// <c>contentkit sheet TEMPLATE [-o FILE.xlsx]</c>: a blank workbook to fill in for a template (see <see cref="BlankSheet"/>),
/// and the command that renders it once filled in. An existing file is kept unless <c>--force</c>: it may hold someone's rows.
/// </summary>
internal static class SheetCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var template = new Argument<string>("template") { Description = CliMessages.Sheet_TemplateArgument };
        var output = new Option<string?>("--out", "-o") { Description = CliMessages.Sheet_Out, HelpName = "FILE.xlsx" };
        var force = new Option<bool>("--force") { Description = CliMessages.Sheet_Force };
        var templates = CommonOptions.Templates();
        var command = new Command("sheet", CliMessages.Sheet_Description) { template, output, force, templates };
        command.SetAction(parse => CommonOptions.Guard(error, () =>
        {
            var loaded = CommonOptions.Library(parse.GetValue(templates)).Load(parse.GetRequiredValue(template));
            var file = Path.GetFullPath(parse.GetValue(output) ?? loaded.Id + ".xlsx");
            if (!file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                throw new ContentKitException(Localized.Format(CliMessages.Sheet_NotXlsx, file, Path.ChangeExtension(Path.GetFileName(file), ".xlsx")));
            }

            if (Path.Exists(file) && !parse.GetValue(force))
            {
                throw new ContentKitException(Localized.Format(CliMessages.Sheet_Exists, file));
            }

            BlankSheet.Write(loaded.Manifest, file);
            var fields = loaded.Manifest.Fields;
            console.WriteLine(Localized.Format(CliMessages.Sheet_Written, PrintedCommand.PathOf(file), fields.Count, loaded.Id, fields.Count(f => f.Required)));
            PrintedCommand.Write(console, $"contentkit render --data {PrintedCommand.PathOf(file)} --template {PrintedCommand.Quoted(parse.GetRequiredValue(template))}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
