using System.Collections.Immutable;
using ContentKit.Layout.Elements;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>
/// Turns photo filters into Skia colour matrices and blurs, so a photo can carry text: greyscale, brightness,
/// a tint or duotone in brand colours, and blur. Colour filters compose in the order written.
/// </summary>
internal static class PhotoFilters
{
    // Rec. 709 luma weights: how bright each channel looks.
    private const float Red = 0.2126f;
    private const float Green = 0.7152f;
    private const float Blue = 0.0722f;

    public static void Apply(SKPaint paint, ImmutableArray<ImageFilter> filters)
    {
        SKColorFilter? colour = null;
        SKImageFilter? blur = null;
        foreach (var filter in filters)
        {
            var next = filter switch
            {
                GrayscaleFilter => SKColorFilter.CreateColorMatrix(Grey(1, 1, 1, 0, 0, 0)),
                BrightnessFilter b => SKColorFilter.CreateColorMatrix(Scale(b.Factor)),
                TintFilter t => SKColorFilter.CreateColorMatrix(Tint(t)),
                DuotoneFilter d => SKColorFilter.CreateColorMatrix(Duotone(d)),
                _ => null,
            };
            if (filter is BlurFilter { Radius: > 0 } blurFilter)
            {
                blur = SKImageFilter.CreateBlur(blurFilter.Radius, blurFilter.Radius, SKShaderTileMode.Clamp);
            }

            if (next is not null)
            {
                colour = colour is null ? next : SKColorFilter.CreateCompose(next, colour);
            }
        }

        paint.ColorFilter = colour;
        paint.ImageFilter = blur;
    }

    /// <summary>Maps luma to the line from (r0, g0, b0) + (r1, g1, b1)·luma: greyscale when it runs from black to white.</summary>
    private static float[] Grey(float r1, float g1, float b1, float r0, float g0, float b0) =>
    [
        Red * r1, Green * r1, Blue * r1, 0, r0,
        Red * g1, Green * g1, Blue * g1, 0, g0,
        Red * b1, Green * b1, Blue * b1, 0, b0,
        0, 0, 0, 1, 0,
    ];

    private static float[] Scale(float f) =>
    [
        f, 0, 0, 0, 0,
        0, f, 0, 0, 0,
        0, 0, f, 0, 0,
        0, 0, 0, 1, 0,
    ];

    /// <summary>Mixes every pixel towards the colour by the amount.</summary>
    private static float[] Tint(TintFilter tint)
    {
        var (k, c) = (1 - tint.Amount, tint.Color);
        return
        [
            k, 0, 0, 0, tint.Amount * c.R / 255f,
            0, k, 0, 0, tint.Amount * c.G / 255f,
            0, 0, k, 0, tint.Amount * c.B / 255f,
            0, 0, 0, 1, 0,
        ];
    }

    /// <summary>Shadows become the dark colour and highlights the light one.</summary>
    private static float[] Duotone(DuotoneFilter duotone)
    {
        var (d, l) = (duotone.Dark, duotone.Light);
        return Grey((l.R - d.R) / 255f, (l.G - d.G) / 255f, (l.B - d.B) / 255f, d.R / 255f, d.G / 255f, d.B / 255f);
    }
}
