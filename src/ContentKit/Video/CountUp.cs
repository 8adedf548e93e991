using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentKit.Video;

/// <summary>
/// The text of a count-up at a moment: the first number in the text, written the Indonesian way
/// (<c>1.234</c>, <c>87,5</c>), scaled towards its value and written back with the same grouping and decimals.
/// </summary>
internal static partial class CountUp
{
    public static string At(string text, float counted)
    {
        var match = Number().Match(text);
        if (!match.Success)
        {
            return text;
        }

        var written = match.Value;
        var comma = written.IndexOf(',', StringComparison.Ordinal);
        var decimals = comma < 0 ? 0 : written.Length - comma - 1;
        var value = decimal.Parse(written.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);
        var shown = Math.Round(value * (decimal)Math.Clamp(counted, 0, 1), decimals, MidpointRounding.AwayFromZero);
        var format = new NumberFormatInfo { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NumberGroupSizes = [3] };
        var grouped = written.Contains('.', StringComparison.Ordinal) || value >= 10000;
        var number = shown.ToString((grouped ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture), format);
        return string.Concat(text.AsSpan(0, match.Index), number, text.AsSpan(match.Index + match.Length));
    }

    [GeneratedRegex(@"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")]
    private static partial Regex Number();
}
