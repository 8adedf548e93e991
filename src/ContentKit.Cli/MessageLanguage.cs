using System.CommandLine;
using System.Globalization;

namespace ContentKit.Cli;

/// <summary>
/// The language the command speaks: <c>--lang id|en</c>, else the environment (<c>CONTENTKIT_LANG</c>, then the POSIX
/// locale variables in their order of precedence). Only messages follow it; how the data is read is <c>--culture</c>.
/// </summary>
internal static class MessageLanguage
{
    public static CultureInfo Indonesian { get; } = CultureInfo.GetCultureInfo("id");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>The variables looked at, most specific first; the first that is set decides.</summary>
    private static readonly string[] Variables = ["CONTENTKIT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

    /// <summary>The global <c>--lang</c> option; a value other than id or en is a usage error naming both.</summary>
    public static Option<string?> CreateOption()
    {
        var option = new Option<string?>("--lang")
        {
            Description = CliMessages.Option_Lang,
            HelpName = "id|en",
            Recursive = true,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && FromName(name) is null)
            {
                result.AddError(Localized.Format(CliMessages.Lang_Unknown, name));
            }
        });
        return option;
    }

    /// <summary>The language <c>--lang</c> names (id or en, any case), or null for anything else.</summary>
    public static CultureInfo? FromName(string name) => name.Trim().ToUpperInvariant() switch
    {
        "ID" => Indonesian,
        "EN" => English,
        _ => null,
    };

    /// <summary>Indonesian when the first variable that is set starts with <c>id</c> (<c>id_ID.UTF-8</c>); otherwise English.</summary>
    /// <param name="environment">Reads a variable; tests pass their own instead of changing the process's.</param>
    public static CultureInfo FromEnvironment(Func<string, string?> environment)
    {
        var value = Variables.Select(environment).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        return value?.Trim().StartsWith("id", StringComparison.OrdinalIgnoreCase) == true ? Indonesian : English;
    }
}
