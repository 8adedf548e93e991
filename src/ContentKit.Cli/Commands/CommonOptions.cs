using System.CommandLine;
using ContentKit.Templates;

namespace ContentKit.Cli.Commands;

/// <summary>Options and error handling shared by the commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Templates() => new("--templates")
    {
        Description = "The template library folder (default: the templates beside the program, or $CONTENTKIT_TEMPLATES).",
    };

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
            error.WriteLine($"error: {e}");
            return ExitCodes.UsageOrTemplateError;
        }
    }
}
