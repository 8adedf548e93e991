using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using ContentKit.Cli.Commands;
using Spectre.Console;

namespace ContentKit.Cli;

/// <summary>
/// The <c>contentkit</c> command. Console and error writer are injected, so tests run it in-process
/// and read what a user would see. Parsing is System.CommandLine's; the work is the library's.
/// </summary>
internal static class CliApplication
{
    public static Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, console, error, Environment.GetEnvironmentVariable, cancellationToken);

    /// <param name="args">The command line.</param>
    /// <param name="console">Where tables and progress go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="environment">Reads an environment variable, for the default language; tests pass their own.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public static async Task<int> RunAsync(
        string[] args, IAnsiConsole console, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        // CurrentUICulture is async-local: this invocation speaks its language (the library's messages too), and
        // invocations running side by side in one process keep theirs. The culture data is read in stays --culture.
        CultureInfo.CurrentUICulture = MessageLanguage.FromEnvironment(environment);

        // Cells, file names and messages quoting them reach the terminal only through these two.
        (console, error) = (new SafeConsole(console), new SafeTextWriter(error));

        // A bare `contentkit` is someone finding out what it does: the help, not an error.
        args = args.Length == 0 ? ["--help"] : args;
        var (root, language) = Create(console, error, environment);
        var parse = root.Parse(args);
        if (parse.GetValue(language) is { } name && MessageLanguage.FromName(name) is { } chosen && !chosen.Equals(CultureInfo.CurrentUICulture))
        {
            // Help texts are set when the commands are built, so they are built again in the language asked for.
            CultureInfo.CurrentUICulture = chosen;
            (root, language) = Create(console, error, environment);
            parse = root.Parse(args);
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var message in UsageErrors.Describe(parse))
            {
                await error.WriteLineAsync(Localized.Format(CliMessages.Error_Line, message));
            }

            await error.WriteLineAsync(CliMessages.Error_SeeHelp);
            return ExitCodes.UsageOrTemplateError;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = error }, cancellationToken);
    }

    /// <summary>The command tree, its texts in the current UI language, and its global <c>--lang</c> option.</summary>
    private static (RootCommand Root, Option<string?> Language) Create(IAnsiConsole console, TextWriter error, Func<string, string?> environment)
    {
        var language = MessageLanguage.CreateOption();
        var root = new RootCommand(CliMessages.Root_Description)
        {
            RenderCommand.Create(console, error, environment),
            ValidateCommand.Create(console, error),
            CheckCommand.Create(console, error),
            TemplatesCommand.Create(console, error),
            SheetCommand.Create(console, error),
            InitCommand.Create(console, error),
            PreviewCommand.Create(console.Profile.Out.Writer, error),
        };
        root.Options.Add(language);
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => CliMessages.Option_Help,
                VersionOption => CliMessages.Option_Version,
                _ => option.Description,
            };
        }

        return (root, language);
    }
}
