using System.Text.RegularExpressions;

namespace ContentKit.Tests.Corpus;

/// <summary>Console output as one line of words with table borders dropped, so a message wrapped inside a one-column table cell can be found whole.</summary>
internal static partial class ConsoleText
{
    public static string Flatten(string text) => Spaces().Replace(Borders().Replace(text, " "), " ");

    [GeneratedRegex("[│┌┐└┘├┤┬┴┼─]")]
    private static partial Regex Borders();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
