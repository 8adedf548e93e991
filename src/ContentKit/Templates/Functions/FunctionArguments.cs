using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace ContentKit.Templates.Functions;

/// <summary>
/// Reads the values templates pass to <see cref="ContentFunctions"/>: .NET values as they are, and
/// spreadsheet text in the forms Indonesian sheets use. A value that cannot be read throws an
/// <see cref="ArgumentException"/> that quotes it and says what was expected.
/// </summary>
internal static partial class FunctionArguments
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss",
        "d/M/yyyy", "d/M/yyyy H:mm", "d/M/yyyy H.mm",
    ];

    /// <summary>A date: <see cref="DateTime"/>, <see cref="DateTimeOffset"/> (its own clock time), or text
    /// <c>2022-11-08</c> / <c>8/11/2022</c> (day first), optionally followed by a time.</summary>
    public static DateTime ToDate(object value) => value switch
    {
        DateTime date => date,
        DateTimeOffset offset => offset.DateTime,
        string text when DateTime.TryParseExact(
            text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        _ => throw Unreadable(value, Messages.Function_ExpectedDate),
    };

    /// <summary>
    /// A number: any .NET number, or text written the Indonesian way (<c>1.234,5</c>, <c>1.250.000</c>)
    /// or the invariant way (<c>1234.5</c>). <c>1.234</c> is read the Indonesian way, as 1234.
    /// </summary>
    public static double ToNumber(object value) =>
        TryNumber(value, out var number) ? number : throw Unreadable(value, Messages.Function_ExpectedNumber);

    /// <summary>A whole number (<c>12</c>, <c>12.0</c>, <c>"1.000"</c>); <c>12,5</c> is an error.</summary>
    public static long ToWholeNumber(object value) =>
        TryWholeNumber(value, out var number) ? number : throw Unreadable(value, Messages.Function_ExpectedWholeNumber);

    /// <summary>A count option such as <c>decimals</c> or <c>length</c>: a whole number that fits an <see cref="int"/>.</summary>
    /// <param name="value">The option as the template passed it.</param>
    /// <param name="option">The option's name, for the error message.</param>
    public static int ToCount(object? value, string option) =>
        value is not null && TryWholeNumber(value, out var number) && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw new ArgumentException(Localized.Format(Messages.Function_CountOption, option, Describe(value)));

    /// <summary>Text: a string as it is, a number or date in invariant form; lists and objects are errors.</summary>
    public static string ToText(object value) => value switch
    {
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => throw Unreadable(value, Messages.Function_ExpectedText),
    };

    /// <summary>The error for a value that is not what a function expected.</summary>
    public static ArgumentException Unreadable(object value, string expected) =>
        new(Localized.Format(Messages.Function_Unreadable, Describe(value), expected));

    private static bool TryNumber(object value, out double number)
    {
        switch (value)
        {
            case IConvertible convertible when convertible.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal:
                number = convertible.ToDouble(CultureInfo.InvariantCulture);
                return true;
            case BigInteger big:
                number = (double)big;
                return true;
            case string text:
                return TryParseNumber(text.Trim(), out number);
            default:
                number = 0;
                return false;
        }
    }

    private static bool TryWholeNumber(object value, out long number)
    {
        if (value is long whole)
        {
            number = whole; // beyond 2^53 a double would no longer be exact
            return true;
        }

        var isWhole = TryNumber(value, out var real) && real == Math.Round(real) && Math.Abs(real) < 9e18;
        number = isWhole ? (long)real : 0;
        return isWhole;
    }

    private static bool TryParseNumber(string text, out double number)
    {
        var normalized = IndonesianNumber().IsMatch(text) ? text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.')
            : InvariantNumber().IsMatch(text) ? text
            : null;
        number = normalized is null ? 0 : double.Parse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture);
        return normalized is not null;
    }

    private static string Describe(object? value) => value switch
    {
        null => Messages.Function_Null,
        string text => $"\"{IndonesianFormat.Truncate(text, 40)}\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable => Messages.Function_ListOrObject,
        _ => Localized.Format(Messages.Function_ValueOfType, value.GetType().Name),
    };

    [GeneratedRegex(@"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")]
    private static partial Regex IndonesianNumber();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex InvariantNumber();
}
