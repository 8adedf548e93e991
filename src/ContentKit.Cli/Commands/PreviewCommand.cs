using System.CommandLine;
using ContentKit.Cli.Preview;

namespace ContentKit.Cli.Commands;

/// <summary>
/// <c>contentkit preview</c>: a page on 127.0.0.1 showing one row in every format, with the design check's findings
/// drawn on the images, drawn again within a second of a saved change to the layout, manifest, brand kit or data.
/// Runs until Ctrl+C (exit 0); a template that cannot be found or data that cannot be read at the start is exit 2.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var template = new Option<string>("--template", "-t") { Description = CliMessages.Option_Template, Required = true };
        var row = new Option<int?>("--row") { Description = CliMessages.Preview_RowOption, CustomParser = CommonOptions.WholeNumber };
        var port = new Option<int?>("--port") { Description = CliMessages.Preview_PortOption, CustomParser = CommonOptions.WholeNumber };
        var open = new Option<bool>("--open") { Description = CliMessages.Preview_OpenOption };
        var templates = CommonOptions.Templates();
        var input = new DataInput();
        var command = new Command("preview", CliMessages.Preview_Description) { template, row, port, open, templates };
        foreach (var option in input.Options)
        {
            command.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var library = CommonOptions.Library(parse.GetValue(templates));
            var source = new PreviewSource(parse.GetRequiredValue(template), () => library, () => input.Read(parse), sheet => input.RenderOptions(parse, sheet));
            // What cannot work at all is said at once, as render says it: a template that is not there, data that cannot be read.
            var code = CommonOptions.Guard(error, () =>
            {
                _ = library.Load(source.Template);
                _ = source.ReadData();
                return ExitCodes.Success;
            });
            if (code != ExitCodes.Success)
            {
                return code;
            }

            using var session = new PreviewSession(source, parse.GetValue(row) ?? 0);

            using var watcher = new PreviewWatcher(session.Invalidate);
            var rendering = session.RunAsync(watcher.Watch, cancellationToken);
            await PreviewServer.RunAsync(session, parse.GetValue(port) ?? 0, parse.GetValue(open), output, cancellationToken);
            try
            {
                await rendering;
            }
            catch (OperationCanceledException)
            {
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
