using ContentKit.Cli;
using Spectre.Console;

namespace ContentKit.Tests.Cli;

/// <summary>Runs the <c>contentkit</c> command in-process, against the repository's templates.</summary>
internal static class Contentkit
{
    /// <summary>Runs <c>contentkit render …</c> with <c>--templates</c> pointing at the repository's templates folder.</summary>
    public static Task<CliResult> RenderAsync(params string[] args) => RunAsync(["render", .. args, "--templates", TestPaths.Templates]);

    /// <summary>Runs <c>contentkit</c> with exactly these arguments.</summary>
    public static async Task<CliResult> RunAsync(string[] args, CancellationToken cancellationToken = default)
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

        // Program.Main runs without a synchronization context or custom task scheduler; so does this, rather than on xunit's.
        var exitCode = await Task.Run(() => CliApplication.RunAsync(args, console, error, cancellationToken), CancellationToken.None);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
