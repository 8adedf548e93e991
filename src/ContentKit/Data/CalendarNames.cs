using System.Collections.Frozen;
using System.Globalization;

namespace ContentKit.Data;

/// <summary>
/// Month and weekday names for reading dates. Indonesian and English are always understood, whatever the culture:
/// the data is Indonesian and the spreadsheets often come from English-language Excel.
/// </summary>
internal static class CalendarNames
{
    private static readonly string[][] MonthsByNumber =
    [
        ["januari", "january", "jan"],
        ["februari", "pebruari", "february", "feb", "peb"],
        ["maret", "march", "mar"],
        ["april", "apr"],
        ["mei", "may"],
        ["juni", "june", "jun"],
        ["juli", "july", "jul"],
        ["agustus", "august", "agu", "agt", "ags", "aug"],
        ["september", "sep", "sept"],
        ["oktober", "october", "okt", "oct"],
        ["november", "nopember", "nov", "nop"],
        ["desember", "december", "des", "dec"],
    ];

    private static readonly FrozenDictionary<string, int> Months = MonthsByNumber
        .SelectMany((names, index) => names.Select(name => KeyValuePair.Create(name, index + 1)))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        [
            "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum\u2019at", "sabtu", "minggu", "ahad",
            "sen", "sel", "rab", "kam", "jum", "sab", "min",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds the month (1–12) a full or abbreviated month name means.</summary>
    public static bool TryGetMonth(string name, CultureInfo culture, out int month)
    {
        if (Months.TryGetValue(name, out month))
        {
            return true;
        }

        var format = culture.DateTimeFormat;
        string[][] cultureNames = [format.MonthNames, format.AbbreviatedMonthNames, format.MonthGenitiveNames, format.AbbreviatedMonthGenitiveNames];
        foreach (var names in cultureNames)
        {
            month = Array.FindIndex(names, candidate => Same(candidate, name, culture)) + 1;
            if (month > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="name"/> is a full or abbreviated weekday name.</summary>
    public static bool IsWeekday(string name, CultureInfo culture) =>
        Weekdays.Contains(name)
        || culture.DateTimeFormat.DayNames.Concat(culture.DateTimeFormat.AbbreviatedDayNames).Any(day => Same(day, name, culture));

    // Culture names may end in a dot ("nov.") that the date pattern has already consumed.
    private static bool Same(string cultureName, string name, CultureInfo culture) =>
        cultureName.Length > 0 && culture.CompareInfo.Compare(cultureName.TrimEnd('.'), name, CompareOptions.IgnoreCase) == 0;
}
