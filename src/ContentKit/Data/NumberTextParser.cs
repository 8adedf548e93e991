using System.Globalization;

namespace ContentKit.Data;

/// <summary>Reads the number texts <see cref="CellParser.TryParseNumber"/> accepts.</summary>
internal static class NumberTextParser
{
    private static readonly string[] Currencies = ["Rp", "IDR"];

    public static bool TryParse(string text, CultureInfo culture, out double number)
    {
        number = 0;
        var digits = WithoutAffixes(text, culture);
        var unsigned = digits.TrimStart('-', '+');
        if (digits.Length - unsigned.Length > 1 || unsigned.Length == 0 || !unsigned.All(c => char.IsAsciiDigit(c) || c is '.' or ','))
        {
            return false;
        }

        var (group, point) = Separators(unsigned, culture.NumberFormat.NumberGroupSeparator);
        var parts = unsigned.Split(point);
        if (parts.Length > 2 || !IsGrouped(parts[0], group))
        {
            return false;
        }

        var sign = digits[..^unsigned.Length];
        var integer = parts[0].Replace(group.ToString(), string.Empty, StringComparison.Ordinal);
        var fraction = parts.Length == 2 ? $".{parts[1]}" : string.Empty;
        return double.TryParse(sign + integer + fraction, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>Which of '.' and ',' groups thousands and which is the decimal point in <paramref name="digits"/>.</summary>
    private static (char Group, char Point) Separators(string digits, string cultureGroup)
    {
        var lastDot = digits.LastIndexOf('.');
        var lastComma = digits.LastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0)
        {
            return lastDot > lastComma ? (',', '.') : ('.', ',');
        }

        var separator = lastDot >= 0 ? '.' : ',';
        var other = separator == '.' ? ',' : '.';
        var repeated = digits.IndexOf(separator) != digits.LastIndexOf(separator);
        var thousands = cultureGroup == separator.ToString() && digits.Length - digits.LastIndexOf(separator) == 4;
        return repeated || thousands ? (separator, other) : (other, separator);
    }

    /// <summary>Whether the integer part is plain digits, or groups of three after a first group of one to three.</summary>
    private static bool IsGrouped(string integer, char group)
    {
        var groups = integer.Split(group);
        return groups.Length == 1
            || (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(part => part.Length == 3));
    }

    private static string WithoutAffixes(string text, CultureInfo culture)
    {
        var trimmed = text.Trim();

        // "Rp 50.000,-" is Indonesian for a whole amount.
        if (trimmed.EndsWith(",-", StringComparison.Ordinal) || trimmed.EndsWith(".-", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^2];
        }

        trimmed = trimmed.TrimEnd('%').Trim();
        foreach (var currency in Currencies.Append(culture.NumberFormat.CurrencySymbol))
        {
            if (trimmed.StartsWith(currency, StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[currency.Length..].TrimStart('.').Trim();
            }

            if (trimmed.EndsWith(currency, StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[..^currency.Length].Trim();
            }
        }

        return trimmed;
    }
}
