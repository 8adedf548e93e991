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
            if (!numeric.Groups["first"].Success)
            {
                return TryCreate(Number(numeric, "year"), Number(numeric, "month"), Number(numeric, "day"), out date);
            }

            var (first, second) = (Number(numeric, "first"), Number(numeric, "second"));
            var (monthNumber, dayNumber) = MonthFirst(culture) ? (first, second) : (second, first);
            return TryCreate(Number(numeric, "year"), monthNumber, dayNumber, out date);
        }

        var words = WordDate().Match(trimmed);
        return words.Success
            && (!words.Groups["weekday"].Success || CalendarNames.IsWeekday(words.Groups["weekday"].Value, culture))
            && CalendarNames.TryGetMonth(words.Groups["month"].Value, culture, out var month)
            && TryCreate(Number(words, "year"), month, Number(words, "day"), out date);
    }

    /// <summary>
    /// Whether <paramref name="culture"/> writes the month before the day, as <c>en-US</c> does (<c>M/d/yyyy</c>).
    /// Indonesian (<c>dd/MM/yyyy</c>), British and most other cultures write the day first.
    /// </summary>
    private static bool MonthFirst(CultureInfo culture) =>
        culture.DateTimeFormat.ShortDatePattern.TrimStart().StartsWith('M');

    private static bool TryCreate(int year, int month, int day, out DateTime date)
    {
        var valid = year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        date = valid ? new DateTime(year, month, day) : default;
        return valid;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    // Day and month (in the culture's order) with / - or . and a four-digit year, or ISO year-month-day.
    [GeneratedRegex(
        @"^(?:(?<first>[0-9]{1,2})(?<separator>[/.-])(?<second>[0-9]{1,2})\k<separator>(?<year>[0-9]{4})|(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2}))$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    // "8 November 2022", "8 Nov. 2022", "Selasa, 8 November 2022", "Jum'at, 11 Nov 2022".
    [GeneratedRegex(
        @"^(?:(?<weekday>\p{L}+(?:['\u2019]\p{L}+)?),?\s+)?(?<day>[0-9]{1,2})\s+(?<month>\p{L}+)\.?\s+(?<year>[0-9]{4})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex WordDate();
}
