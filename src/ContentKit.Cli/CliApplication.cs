using System.CommandLine;
using ContentKit.Cli.Commands;
using Spectre.Console;

namespace ContentKit.Cli;

/// <summary>
/// The <c>contentkit</c> command. Console and error writer are injected, so tests run it in-process
/// and read what a user would see. Parsing is System.CommandLine's; the work is the library's.
/// </summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("ContentKit: spreadsheet rows + layout templates → branded infographics.")
        {
            RenderCommand.Create(console, error),
            ValidateCommand.Create(console, error),
            TemplatesCommand.Create(console, error),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync($"error: {problem.Message}");
            }

            await error.WriteLineAsync("Run 'contentkit --help' for usage.");
            return ExitCodes.UsageOrTemplateError;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = error }, cancellationToken);
    }
}
