using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentKit.Data;

/// <summary>Reads the date texts <see cref="CellParser.TryParseDate"/> accepts.</summary>
internal static partial class DateTextParser
{
    public static bool TryParse(string text, CultureInfo culture, out DateTime date)
    {
        date = default;
        var trimmed = text.Trim();
        var numeric = NumericDate().Match(trimmed);
        if (numeric.Success)
        {
            return TryCreate(numeric, Number(numeric, "month"), out date);
        }

        var words = WordDate().Match(trimmed);
        return words.Success
            && (!words.Groups["weekday"].Success || CalendarNames.IsWeekday(words.Groups["weekday"].Value, culture))
            && CalendarNames.TryGetMonth(words.Groups["month"].Value, culture, out var month)
            && TryCreate(words, month, out date);
    }

    private static bool TryCreate(Match match, int month, out DateTime date)
    {
        var year = Number(match, "year");
        var day = Number(match, "day");
        var valid = year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        date = valid ? new DateTime(year, month, day) : default;
        return valid;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    // Day first with / - or . (never month first, whatever the culture), or ISO year-month-day.
    [GeneratedRegex(
        @"^(?:(?<day>[0-9]{1,2})(?<separator>[/.-])(?<month>[0-9]{1,2})\k<separator>(?<year>[0-9]{4})|(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2}))$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    // "8 November 2022", "8 Nov. 2022", "Selasa, 8 November 2022", "Jum'at, 11 Nov 2022".
    [GeneratedRegex(
        @"^(?:(?<weekday>\p{L}+(?:['\u2019]\p{L}+)?),?\s+)?(?<day>[0-9]{1,2})\s+(?<month>\p{L}+)\.?\s+(?<year>[0-9]{4})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex WordDate();
}
