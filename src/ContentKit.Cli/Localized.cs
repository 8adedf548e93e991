using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ContentKit.Cli;

/// <summary>Fills in a sentence from <see cref="CliMessages"/>, numbers written the way the message's language writes them.</summary>
internal static class Localized
{
    [SuppressMessage("Performance", "CA1863:Use 'CompositeFormat'", Justification = "The pattern changes with the UI culture, and messages are few.")]
    public static string Format(string pattern, params ReadOnlySpan<object?> arguments) =>
        string.Format(CultureInfo.CurrentUICulture, pattern, arguments);
}
