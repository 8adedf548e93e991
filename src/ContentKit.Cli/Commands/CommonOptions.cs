using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ContentKit.Templates;

namespace ContentKit.Cli.Commands;

/// <summary>Options and error handling shared by the commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Templates() => new("--templates")
    {
        Description = CliMessages.Option_Templates,
    };

    /// <summary><c>--unit FOLDER</c> (render, validate, check): a unit's own name, lines and logo over the brand kit.</summary>
    public static Option<string?> Unit() => new("--unit") { Description = CliMessages.Option_Unit };

    /// <summary>The unit the <c>--unit</c> folder describes, or null without the option; a bad folder is a usage error (exit 2).</summary>
    public static UnitProfile? LoadUnit(string? folder) => folder is null ? null : UnitProfile.Load(folder);

    /// <summary><c>--strict</c> (render and validate): design-check warnings fail like errors. <c>--strict-text</c> is its old name.</summary>
    public static Option<bool> Strict() => new("--strict", "--strict-text") { Description = CliMessages.Option_Strict };

    public static TemplateLibrary Library(string? folder) => folder is null ? TemplateLibrary.Default() : new TemplateLibrary(folder);

    /// <summary>Runs a command body; a <see cref="ContentKitException"/> before any row renders is a usage or template error (exit 2).</summary>
    public static int Guard(TextWriter error, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ContentKitException e)
        {
            error.WriteLine(Localized.Format(CliMessages.Error_Line, e));
            return ExitCodes.UsageOrTemplateError;
        }
    }

    /// <summary>Accepts only <paramref name="values"/> (any case); anything else is a usage error in the chosen language.</summary>
    public static void AcceptOnly(Option option, params string[] values) => option.Validators.Add(result =>
    {
        if (result.GetValueOrDefault<string?>() is { } value && !values.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            result.AddError(Localized.Format(CliMessages.Usage_OneOf, option.Name, value, string.Join(", ", values)));
        }
    });

    /// <summary>Reads a whole number for <c>--jobs</c> and the like; anything else is a usage error in the chosen language.</summary>
    public static int? WholeNumber(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        result.AddError(Localized.Format(CliMessages.Usage_NotWholeNumber, (result.Parent as OptionResult)?.Option.Name, text));
        return null;
    }
}
