using System.Globalization;

namespace ContentKit.Data;

/// <summary>
/// Reads dates and numbers from cell values the way people type them in Indonesian and English spreadsheets.
/// Excel cells that already hold a number or date pass through unchanged.
/// </summary>
/// <remarks>Stateless: safe to call from any number of threads at once.</remarks>
public static class CellParser
{
    // Excel serial of 1 January 10000, the first day DateTime cannot hold.
    private const double EndOfExcelSerials = 2_958_466;

    /// <summary>
    /// Reads a date. A <see cref="DateTime"/> passes through; a <see cref="double"/> is an Excel serial date;
    /// text may be <c>dd/mm/yyyy</c>, <c>d/m/yyyy</c>, <c>dd-mm-yyyy</c>, <c>dd.mm.yyyy</c> (day first, or month first
    /// when <paramref name="culture"/>'s short date pattern starts with the month, as <c>en-US</c>'s <c>M/d/yyyy</c>
    /// and the invariant culture's do: <c>11/08/2022</c> is 11 August 2022 in <c>id-ID</c> and 8 November 2022 in
    /// <c>en-US</c>), ISO <c>yyyy-mm-dd</c>, or <c>8 November 2022</c>, <c>8 Nov 2022</c>, <c>Selasa, 8 November 2022</c> with
    /// Indonesian, English or <paramref name="culture"/> month and weekday names. A weekday is not checked against the date.
    /// </summary>
    /// <param name="value">A cell value from a <see cref="DataRecord"/>.</param>
    /// <param name="culture">The data's culture, such as <c>id-ID</c>: the order of day and month, and its own month and weekday names.</param>
    /// <param name="date">The date (with its time of day for serials and date cells), <see cref="DateTimeKind.Unspecified"/>.</param>
    /// <returns><c>true</c> when <paramref name="value"/> is a date.</returns>
    public static bool TryParseDate(object? value, CultureInfo culture, out DateTime date)
    {
        ArgumentNullException.ThrowIfNull(culture);
        switch (value)
        {
            case DateTime dateTime:
                date = dateTime;
                return true;
            case double serial when serial is > 0 and < EndOfExcelSerials:
                date = DateTime.FromOADate(serial);
                return true;
            case string text:
                return DateTextParser.TryParse(text, culture, out date);
            default:
                date = default;
                return false;
        }
    }

    /// <summary>
    /// Reads a number. A <see cref="double"/> passes through; text may use <c>.</c> or <c>,</c> for thousands and
    /// decimals (<c>1.234,5</c>, <c>1234,5</c>, <c>1.234.567</c>, <c>1,234.5</c>), a currency (<c>Rp 1.250.000</c>,
    /// <c>Rp 50.000,-</c>) or a percent sign (<c>12%</c> is 12). When one separator appears once it is a decimal
    /// point, unless it is <paramref name="culture"/>'s thousands separator followed by exactly three digits:
    /// in <c>id-ID</c>, <c>1.234</c> is 1234 and <c>1234.5</c> is 1234.5.
    /// </summary>
    /// <param name="value">A cell value from a <see cref="DataRecord"/>.</param>
    /// <param name="culture">The data's culture, such as <c>id-ID</c>: its thousands separator and currency symbol.</param>
    /// <param name="number">The number.</param>
    /// <returns><c>true</c> when <paramref name="value"/> is a number.</returns>
    public static bool TryParseNumber(object? value, CultureInfo culture, out double number)
    {
        ArgumentNullException.ThrowIfNull(culture);
        switch (value)
        {
            case double real:
                number = real;
                return true;
            case string text:
                return NumberTextParser.TryParse(text, culture, out number);
            default:
                number = 0;
                return false;
        }
    }
}
