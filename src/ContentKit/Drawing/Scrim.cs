using ContentKit.Layout;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>
/// How strongly to lay a colour over a photo so that white text on it reaches a contrast ratio: the photo is
/// sampled as it is drawn, and the weakest cover is found at which even its bright parts (the 98th percentile of
/// luminance) are dark enough. WCAG 2.1 luminance and contrast, the same the design check measures.
/// </summary>
internal static class Scrim
{
    private const int Samples = 48;

    public static float Strength(SKImage image, SKRect source, SKPaint paint, Rgba colour, float contrast)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(Samples, Samples, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.DrawImage(image, source, SKRect.Create(Samples, Samples), new SKSamplingOptions(SKFilterMode.Linear), paint);
        }

        var pixels = bitmap.Pixels;
        var darkest = (1.05f / contrast) - 0.05f;
        if (Bright(pixels, colour, 0) <= darkest)
        {
            return 0;
        }

        var (low, high) = (0f, 1f);
        for (var step = 0; step < 12; step++)
        {
            var middle = (low + high) / 2;
            (low, high) = Bright(pixels, colour, middle) <= darkest ? (low, middle) : (middle, high);
        }

        return high;
    }

    /// <summary>The 98th percentile of luminance once <paramref name="colour"/> covers the pixels at <paramref name="alpha"/>.</summary>
    private static float Bright(SKColor[] pixels, Rgba colour, float alpha)
    {
        var luminance = pixels.Select(p => Luminance(Mix(p.Red, colour.R, alpha), Mix(p.Green, colour.G, alpha), Mix(p.Blue, colour.B, alpha))).Order().ToArray();
        return luminance[(int)(luminance.Length * 0.98f)];
    }

    private static float Mix(byte photo, byte cover, float alpha) => ((photo * (1 - alpha)) + (cover * alpha)) / 255f;

    internal static float Luminance(float r, float g, float b) => (0.2126f * Linear(r)) + (0.7152f * Linear(g)) + (0.0722f * Linear(b));

    private static float Linear(float c) => c <= 0.04045f ? c / 12.92f : MathF.Pow((c + 0.055f) / 1.055f, 2.4f);
}
