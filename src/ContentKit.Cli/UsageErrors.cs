using System.CommandLine;
using System.CommandLine.Parsing;
using ContentKit.Layout.Markup;

namespace ContentKit.Cli;

/// <summary>
/// The parser's errors in the language of the run. System.CommandLine words its own messages in English only; the ones
/// whose meaning is certain (a required option missing, a word it does not know) are told in our words, in English the
/// same as System.CommandLine's, and any other as it wrote them. Our own validators already speak the chosen language.
/// A misspelt command or option gets the nearest one ("Did you mean '--data'?"), which System.CommandLine 3 does not offer.
/// </summary>
internal static class UsageErrors
{
    public static IEnumerable<string> Describe(ParseResult parse) => parse.Errors.Select(error => error.SymbolResult switch
    {
        OptionResult { Implicit: true, Option.Required: true } missing => Localized.Format(CliMessages.Usage_Required, missing.Option.Name),
        CommandResult command when Unmatched(parse, error) is { } token =>
            Localized.Format(CliMessages.Usage_Unrecognized, token) + NearestName.Hint(token, Names(command.Command, token)),
        _ => error.Message,
    });

    /// <summary>What the word could have meant: the command's options (with their aliases) for <c>-x</c>, else its subcommands.</summary>
    private static IEnumerable<string> Names(Command command, string token) => token.StartsWith('-')
        ? command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)))
            .Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
        : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);

    /// <summary>The unknown word an error on a command is about: it quotes it.</summary>
    private static string? Unmatched(ParseResult parse, ParseError error) =>
        parse.UnmatchedTokens.FirstOrDefault(token => error.Message.Contains($"'{token}'", StringComparison.Ordinal));
}
