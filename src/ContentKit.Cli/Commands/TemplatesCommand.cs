using System.CommandLine;
using Spectre.Console;

namespace ContentKit.Cli.Commands;

/// <summary>
/// <c>contentkit templates</c>: lists the templates in the library with their formats and fields (as does
/// <c>templates list</c>); <c>templates show</c> tells one template in full and <c>templates new</c> copies one to edit.
/// </summary>
internal static class TemplatesCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var templates = CommonOptions.Templates();
        var command = new Command("templates", CliMessages.Templates_Description)
        {
            templates,
            List(console, error),
            TemplatesShowCommand.Create(console, error),
            TemplatesNewCommand.Create(console, error),
        };
        command.SetAction(parse => Write(console, error, parse.GetValue(templates)));
        return command;
    }

    private static Command List(IAnsiConsole console, TextWriter error)
    {
        var templates = CommonOptions.Templates();
        var command = new Command("list", CliMessages.Templates_List_Description) { templates };
        command.SetAction(parse => Write(console, error, parse.GetValue(templates)));
        return command;
    }

    private static int Write(IAnsiConsole console, TextWriter error, string? folder) => CommonOptions.Guard(error, () =>
    {
        var library = CommonOptions.Library(folder);
        var table = new Table().AddColumns(CliMessages.Table_Template, CliMessages.Table_Formats, CliMessages.Table_Fields);
        foreach (var id in library.TemplateIds())
        {
            var manifest = library.Load(id).Manifest;
            table.AddRow(
                Markup.Escape($"{manifest.Id}\n{manifest.Title}"),
                Markup.Escape(string.Join("\n", manifest.Formats.Select(f => $"{f.Name} {f.Width}×{f.Height}"))),
                Markup.Escape(string.Join(", ", manifest.Fields.Select(f => f.Required ? f.Name + "*" : f.Name))));
        }

        console.Write(table);
        return ExitCodes.Success;
    });
}
