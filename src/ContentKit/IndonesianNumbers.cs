using System.Globalization;

namespace ContentKit;

/// <summary>
/// Writes numbers, money and percentages the way Indonesian public-sector content does (<c>1.234,5</c>,
/// <c>Rp 1.250.000</c>, <c>Rp 443,86 miliar</c>, <c>87,5%</c>), with separators set here so the output never depends
/// on the machine's culture. Shared by the template functions (<c>angka</c>, <c>rupiah</c>, <c>persen</c>) and the
/// chart labels, which must write a number the same way. Invalid input throws <see cref="ArgumentException"/>.
/// </summary>
internal static class IndonesianNumbers
{
    /// <summary>The most decimals <see cref="Number"/> and <see cref="Percent"/> write.</summary>
    public const int MaxDecimals = 10;

    private static readonly NumberFormatInfo NumberFormat = CreateNumberFormat();

    // Largest first; RupiahShort picks the first one the amount reaches.
    private static readonly (decimal Size, string Name)[] MoneyScales =
        [(1_000_000_000_000m, "triliun"), (1_000_000_000m, "miliar"), (1_000_000m, "juta"), (1_000m, "ribu")];

    /// <summary>
    /// Writes a grouped number with exactly <paramref name="decimals"/> decimals: <c>1.234.567</c>,
    /// <c>1.234,5</c>, <c>-12</c>. Halves round away from zero (<c>2,5</c> → <c>3</c>).
    /// </summary>
    public static string Number(double value, int decimals = 0) =>
        Round(value, decimals).ToString("N" + decimals, NumberFormat);

    /// <summary>Writes whole rupiah: <c>Rp 1.250.000</c>, <c>-Rp 5.000</c>.</summary>
    public static string Rupiah(double value)
    {
        var amount = Round(value, 0);
        var text = "Rp " + Math.Abs(amount).ToString("N0", NumberFormat);
        return amount < 0 ? "-" + text : text;
    }

    /// <summary>
    /// Writes rupiah in words of scale with up to two decimals: <c>Rp 443,86 miliar</c>,
    /// <c>Rp 1,2 triliun</c>, <c>Rp 950 juta</c>, <c>Rp 12,5 ribu</c>. Amounts under a thousand
    /// are written as <see cref="Rupiah"/>.
    /// </summary>
    public static string RupiahShort(double value)
    {
        var amount = Round(value, 2);
        foreach (var (size, name) in MoneyScales)
        {
            // Rounding first moves 999.999 up to "1 juta" instead of writing "1.000 ribu".
            var scaled = Math.Round(Math.Abs(amount) / size, 2, MidpointRounding.AwayFromZero);
            if (scaled >= 1)
            {
                var text = $"Rp {scaled.ToString("#,##0.##", NumberFormat)} {name}";
                return amount < 0 ? "-" + text : text;
            }
        }

        return Rupiah(value);
    }

    /// <summary>
    /// Writes a percentage. <paramref name="value"/> is already the percent number:
    /// <c>87.5</c> → <c>87,5%</c> (not a fraction; 0.875 writes <c>1%</c>).
    /// </summary>
    public static string Percent(double value, int decimals = 0) => Number(value, decimals) + "%";

    // Decimal rounding rounds what a person typed (12.345 → 12,35), where double rounding would
    // see 12.3449999… and write 12,34.
    private static decimal Round(double value, int decimals)
    {
        if (decimals is < 0 or > MaxDecimals)
        {
            throw new ArgumentException(Localized.Format(Messages.Function_Decimals, decimals, MaxDecimals));
        }

        if (!double.IsFinite(value) || Math.Abs(value) >= (double)decimal.MaxValue)
        {
            throw new ArgumentException(Localized.Format(Messages.Function_NotFinite, value));
        }

        var rounded = Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0 : rounded; // so -0,4 writes 0, never -0
    }

    private static NumberFormatInfo CreateNumberFormat()
    {
        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        format.NumberGroupSeparator = ".";
        format.NumberDecimalSeparator = ",";
        return NumberFormatInfo.ReadOnly(format);
    }
}
