using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ContentKit;

/// <summary>
/// Fills in a sentence from <see cref="Messages"/>. Numbers are written the way the message's language writes them
/// (2,5 MB in Indonesian, 2.5 MB in English), whatever culture the data itself is read in.
/// </summary>
internal static class Localized
{
    [SuppressMessage("Performance", "CA1863:Use 'CompositeFormat'", Justification = "The pattern changes with the UI culture, and messages are few.")]
    public static string Format(string pattern, params ReadOnlySpan<object?> arguments) =>
        string.Format(CultureInfo.CurrentUICulture, pattern, arguments);
}
