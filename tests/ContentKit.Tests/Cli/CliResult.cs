namespace ContentKit.Tests.Cli;

/// <summary>What a user sees after one run of <c>contentkit</c>: the exit code, the console and the error stream.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- output ---\n{Output}\n--- error ---\n{Error}";
}
