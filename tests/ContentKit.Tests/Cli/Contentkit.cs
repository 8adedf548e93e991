using ContentKit.Cli;
using Spectre.Console;

namespace ContentKit.Tests.Cli;

/// <summary>Runs the <c>contentkit</c> command in-process, against the repository's templates.</summary>
internal static class Contentkit
{
    /// <summary>Runs <c>contentkit render …</c> with <c>--templates</c> pointing at the repository's templates folder.</summary>
    public static Task<CliResult> RenderAsync(params string[] args) => RunAsync(["render", .. args, "--templates", TestPaths.Templates]);

    /// <summary>Runs <c>contentkit</c> with exactly these arguments, in an environment that sets no language (so English unless <c>--lang</c> says).</summary>
    public static Task<CliResult> RunAsync(string[] args, CancellationToken cancellationToken = default) => RunAsync(args, _ => null, cancellationToken: cancellationToken);

    /// <summary>Runs <c>contentkit</c> with these arguments and environment variables (only the language is read from them).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="environment">The environment variables the command sees.</param>
    /// <param name="width">The console's width in characters, when not the default; a wide one keeps each table row on one line.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public static async Task<CliResult> RunAsync(string[] args, Func<string, string?> environment, int? width = null, CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (width is { } columns)
        {
            console.Profile.Width = columns;
        }

        // Program.Main runs without a synchronization context or custom task scheduler; so does this, rather than on xunit's.
        var exitCode = await Task.Run(() => CliApplication.RunAsync(args, console, error, environment, cancellationToken), CancellationToken.None);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
