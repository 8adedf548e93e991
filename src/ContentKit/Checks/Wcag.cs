using ContentKit.Layout;

namespace ContentKit.Checks;

/// <summary>WCAG 2.1 relative luminance and contrast ratio (success criterion 1.4.3).</summary>
internal static class Wcag
{
    /// <summary>What normal text needs (AA).</summary>
    public const double Normal = 4.5;

    /// <summary>What large text needs (AA), and below which any text is unreadable: an error, not a warning.</summary>
    public const double Large = 3;

    private static readonly double[] Linear = [.. Enumerable.Range(0, 256).Select(c => Channel(c / 255.0))];

    public static double Luminance(Rgba colour) => Luminance(colour.R, colour.G, colour.B);

    public static double Luminance(byte r, byte g, byte b) => (0.2126 * Linear[r]) + (0.7152 * Linear[g]) + (0.0722 * Linear[b]);

    public static double Ratio(double a, double b) => (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);

    /// <summary>
    /// Large text: at least 32 px, or 24 px bold (weight 700 or more). WCAG's 18 pt / 14 pt bold is 24 / 18.7 px at full size;
    /// these images are seen scaled to a phone's width, so the line is drawn a step higher.
    /// </summary>
    public static bool IsLarge(float size, int weight) => size >= 32 || (size >= 24 && weight >= 700);

    private static double Channel(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
}
