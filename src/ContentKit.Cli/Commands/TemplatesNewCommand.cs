using System.CommandLine;
using ContentKit.Authoring;
using Spectre.Console;

namespace ContentKit.Cli.Commands;

/// <summary>
/// <c>contentkit templates new NAME --from ID [--out DIR]</c>: a copy of a template to edit, in <c>DIR/NAME</c>, with its
/// sample data beside it; prints the command that renders the copy. Refuses a folder that is already there (exit 2).
/// </summary>
internal static class TemplatesNewCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var name = new Argument<string>("name") { Description = CliMessages.Templates_New_Name };
        var from = new Option<string>("--from") { Description = CliMessages.Templates_New_From, HelpName = "ID|FOLDER", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = CliMessages.Templates_New_Out, HelpName = "DIR" };
        var templates = CommonOptions.Templates();
        var command = new Command("new", CliMessages.Templates_New_Description) { name, from, output, templates };
        command.SetAction(parse => CommonOptions.Guard(error, () =>
        {
            var library = CommonOptions.Library(parse.GetValue(templates));
            var source = library.Load(parse.GetRequiredValue(from));
            var copy = TemplateCopy.Create(source, parse.GetRequiredValue(name), parse.GetValue(output) ?? ".");

            console.WriteLine(Localized.Format(
                CliMessages.Templates_New_Made, PrintedCommand.PathOf(copy.Folder), source.Id, PrintedCommand.PathOf(copy.LayoutPath), PrintedCommand.PathOf(Path.Combine(copy.Folder, Templates.Template.ManifestFile))));
            if (copy.Manifest.Sample is { } sample && File.Exists(Path.Combine(copy.Folder, sample)))
            {
                var templatesOption = parse.GetValue(templates) is { } custom ? $" --templates {PrintedCommand.Quoted(Path.GetFullPath(custom))}" : "";
                PrintedCommand.Write(
                    console,
                    $"contentkit render --template {PrintedCommand.PathOf(copy.Folder)} --data {PrintedCommand.PathOf(Path.Combine(copy.Folder, sample))} --out {PrintedCommand.PathOf(Path.Combine(copy.Folder, "hasil"))}{templatesOption}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
