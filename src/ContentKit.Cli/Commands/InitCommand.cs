using System.CommandLine;
using ContentKit.Authoring;
using Spectre.Console;

namespace ContentKit.Cli.Commands;

/// <summary>
/// <c>contentkit init [FOLDER] [--template ID]</c>: a starter folder for an admin (see <see cref="StarterFolder"/>), and
/// the one command that renders it, to be run inside it. Refuses a folder with anything in it (exit 2).
/// </summary>
internal static class InitCommand
{
    public const string DefaultFolder = "konten";
    public const string DefaultTemplate = "pengumuman";

    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var folder = new Argument<string>("folder") { Description = CliMessages.Init_FolderArgument, DefaultValueFactory = _ => DefaultFolder };
        var template = new Option<string>("--template", "-t") { Description = CliMessages.Init_Template, HelpName = "ID|FOLDER", DefaultValueFactory = _ => DefaultTemplate };
        var templates = CommonOptions.Templates();
        var command = new Command("init", CliMessages.Init_Description) { folder, template, templates };
        command.SetAction(parse => CommonOptions.Guard(error, () =>
        {
            var library = CommonOptions.Library(parse.GetValue(templates));
            var name = parse.GetRequiredValue(template);
            var loaded = library.Load(name);

            // The command is run from inside the new folder: a template given as a folder, or another library, by full path.
            var arguments = "--template " + PrintedCommand.Quoted(Directory.Exists(name) ? loaded.Folder : loaded.Id)
                + (parse.GetValue(templates) is { } custom ? " --templates " + PrintedCommand.Quoted(Path.GetFullPath(custom)) : "");
            var files = StarterFolder.Create(loaded, parse.GetRequiredValue(folder), arguments);

            console.WriteLine(Localized.Format(CliMessages.Init_Made, PrintedCommand.PathOf(files.Folder), loaded.Id, files.Workbook, files.Csv, StarterFolder.ReadMe));
            PrintedCommand.Write(console, $"cd {PrintedCommand.PathOf(files.Folder)}");
            PrintedCommand.Write(console, files.Command);
            return ExitCodes.Success;
        }));
        return command;
    }
}
