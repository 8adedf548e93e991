using Spectre.Console;

namespace ContentKit.Cli.Commands;

/// <summary>A command we print for the user to run next: paths as they would type them, on one line that can be copied.</summary>
internal static class PrintedCommand
{
    /// <summary>A path relative to the current folder when inside it, else in full; quoted when it has a space.</summary>
    public static string PathOf(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return Quoted(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative);
    }

    /// <summary>The text in double quotes when it has a space, as every shell the admins use (bash, PowerShell, cmd) reads it.</summary>
    public static string Quoted(string text) => text.Contains(' ', StringComparison.Ordinal) ? $"\"{text}\"" : text;

    /// <summary>Writes the command indented on a line of its own, never wrapped at the console's width (a wrapped command cannot be pasted).</summary>
    public static void Write(IAnsiConsole console, string command) => console.Profile.Out.Writer.WriteLine("  " + TerminalText.Safe(command));
}
