namespace ContentKit.Tests.Cli;

/// <summary>The body rows of a Spectre table as printed on a console wide enough that no cell wraps.</summary>
internal static class ConsoleTable
{
    /// <summary>Each line that is a table row (between │ borders), as its trimmed cells; the header row comes first.</summary>
    public static List<string[]> Rows(string output) =>
        [.. output.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.StartsWith('│'))
            .Select(line => line.Trim('│').Split('│').Select(cell => cell.Trim()).ToArray())];
}
