using System.CommandLine;
using System.CommandLine.Parsing;

namespace ContentKit.Cli;

/// <summary>
/// The parser's errors in the language of the run. System.CommandLine words its own messages in English only; the ones
/// whose meaning is certain (a required option missing, a word it does not know) are told in our words, in English the
/// same as System.CommandLine's, and any other as it wrote them. Our own validators already speak the chosen language.
/// </summary>
internal static class UsageErrors
{
    public static IEnumerable<string> Describe(ParseResult parse) => parse.Errors.Select(error => error.SymbolResult switch
    {
        OptionResult { Implicit: true, Option.Required: true } missing => Localized.Format(CliMessages.Usage_Required, missing.Option.Name),
        CommandResult when Unmatched(parse, error) is { } token => Localized.Format(CliMessages.Usage_Unrecognized, token),
        _ => error.Message,
    });

    /// <summary>The unknown word an error on a command is about: it quotes it.</summary>
    private static string? Unmatched(ParseResult parse, ParseError error) =>
        parse.UnmatchedTokens.FirstOrDefault(token => error.Message.Contains($"'{token}'", StringComparison.Ordinal));
}
