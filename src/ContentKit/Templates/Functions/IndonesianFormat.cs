using System.Globalization;

namespace ContentKit.Templates.Functions;

/// <summary>
/// Writes dates, times, numbers, money and text the way Indonesian public-sector content does
/// (<c>Selasa, 8 November 2022</c>, <c>09.00 WIB</c>, <c>seratus dua puluh</c>); numbers and money are
/// <see cref="IndonesianNumbers"/>.
/// Every name, separator and pattern is set here, so the output never depends on the machine's
/// culture or ICU version. Invalid input throws <see cref="ArgumentException"/> with a message
/// written for a template author.
/// </summary>
internal static partial class IndonesianFormat
{
    private static readonly string[] DayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    private static readonly string[] DayAbbreviations = ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"];

    // DateTimeFormatInfo month arrays have a 13th entry for 13-month calendars.
    private static readonly string[] MonthNames =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember", "",
    ];

    private static readonly string[] MonthAbbreviations =
        ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des", ""];

    private static readonly DateTimeFormatInfo DateFormat = CreateDateFormat();

    private static DateTimeFormatInfo CreateDateFormat()
    {
        var format = (DateTimeFormatInfo)CultureInfo.GetCultureInfo("id-ID").DateTimeFormat.Clone();
        format.DayNames = DayNames;
        format.AbbreviatedDayNames = DayAbbreviations;
        format.ShortestDayNames = DayAbbreviations;
        format.MonthNames = MonthNames;
        format.MonthGenitiveNames = MonthNames;
        format.AbbreviatedMonthNames = MonthAbbreviations;
        format.AbbreviatedMonthGenitiveNames = MonthAbbreviations;
        format.DateSeparator = "/";
        format.TimeSeparator = ".";
        format.ShortDatePattern = "dd/MM/yyyy";
        format.LongDatePattern = "dddd, d MMMM yyyy";
        format.ShortTimePattern = "HH.mm";
        format.LongTimePattern = "HH.mm.ss";
        format.FullDateTimePattern = "dddd, d MMMM yyyy HH.mm.ss";
        format.MonthDayPattern = "d MMMM";
        format.YearMonthPattern = "MMMM yyyy";
        return DateTimeFormatInfo.ReadOnly(format);
    }
}
