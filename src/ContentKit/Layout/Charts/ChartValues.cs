using ContentKit.Layout.Elements;

namespace ContentKit.Layout.Charts;

/// <summary>What every chart kind needs from its items: written values, colours and a zero-based scale.</summary>
internal static class ChartValues
{
    private static readonly Rgba Fallback = new(0x0E, 0x5E, 0x4A);

    /// <summary>How much lighter each further round through the palette is, so the fifth of four colours is not the first again.</summary>
    private const float TintPerRound = 0.45f;

    /// <summary>A value the Indonesian way, in the chart's format: <c>45.210</c>, <c>87,5%</c>, <c>Rp 1.250.000</c>, <c>Rp 443,86 miliar</c>.</summary>
    public static string Format(ChartElement chart, double value) => chart.ValueFormat switch
    {
        ValueFormat.Percent => IndonesianNumbers.Percent(value, chart.Decimals),
        ValueFormat.Rupiah => IndonesianNumbers.Rupiah(value),
        ValueFormat.RupiahShort => IndonesianNumbers.RupiahShort(value),
        _ => IndonesianNumbers.Number(value, chart.Decimals),
    };

    /// <summary>
    /// The items' shares of <paramref name="whole"/> in whole percents, one decimal under 1% so a small share
    /// never reads 0%. Each is rounded on its own (honest to half a percent), so they may add up to 99 or 101.
    /// </summary>
    public static List<string> Shares(ChartElement chart, double whole) =>
        [.. chart.Items.Select(i => whole > 0 ? 100 * Math.Max(0, i.Value) / whole : 0)
            .Select(share => IndonesianNumbers.Percent(share, share is > 0 and < 1 ? 1 : 0))];

    /// <summary>Colours for items told apart by colour (slices, rings, progress): the item's own, else the palette's in turn, lighter each round.</summary>
    public static Rgba ColorOf(ChartElement chart, int item)
    {
        if (chart.Items[item].Color is { } own)
        {
            return own;
        }

        if (chart.Palette.IsEmpty)
        {
            return Fallback;
        }

        var color = chart.Palette[item % chart.Palette.Length];
        var round = item / chart.Palette.Length;
        return round == 0 ? color : Tint(color, Math.Min(0.8f, round * TintPerRound));
    }

    /// <summary>The colour of a chart whose items are one series (bars, a line): the item's own, else the palette's first.</summary>
    public static Rgba SeriesColor(ChartElement chart, int? item) =>
        (item is { } i ? chart.Items[i].Color : null) ?? (chart.Palette.IsEmpty ? Fallback : chart.Palette[0]);

    /// <summary>
    /// The scale of bar and line charts: always includes zero; the top is <c>max</c> or the largest value,
    /// the bottom the most negative value. Never empty, so all-zero data gives zero-height bars, not NaN.
    /// </summary>
    public static (double Low, double High) Range(ChartElement chart)
    {
        var values = chart.Items.Select(i => i.Value).ToList();
        var low = Math.Min(0, values.DefaultIfEmpty(0).Min());
        var high = chart.Max ?? Math.Max(0, values.DefaultIfEmpty(0).Max());
        return high > low ? (low, high) : (low, low + 1);
    }

    /// <summary><paramref name="value"/> as a fraction of <paramref name="max"/>, between 0 and 1 (negative values count as 0).</summary>
    public static double Fraction(double value, double max) => max > 0 ? Math.Clamp(value / max, 0, 1) : 0;

    private static Rgba Tint(Rgba color, float amount) => new(
        (byte)Math.Round(color.R + ((255 - color.R) * amount)),
        (byte)Math.Round(color.G + ((255 - color.G) * amount)),
        (byte)Math.Round(color.B + ((255 - color.B) * amount)),
        color.A);
}
