using SkiaSharp;

namespace ContentKit.Drawing.Saliency;

/// <summary>
/// Finds what a photo is about, smartcrop-style (github.com/jwagner/smartcrop.js): on a copy at most
/// <see cref="AnalysisSize"/> pixels on its long side, each pixel scores for edge detail (a Laplacian of lightness),
/// skin tone (closeness of its normalised colour to a skin colour) and saturation; the scores are summed into cells of
/// <see cref="CellSize"/> pixels, weighted toward the upper middle where photographers put a person's head. No face
/// detector: the libraries that have one (OpenCV, dlib, ONNX models) are tens of megabytes. Deterministic: the same
/// photo gives the same map on every machine.
/// </summary>
internal static class SaliencyDetector
{
    /// <summary>The long side of the copy analysed, in pixels: detail enough for a face in a group, cheap for a 12-megapixel photo.</summary>
    public const int AnalysisSize = 256;

    /// <summary>Pixels of the analysed copy per cell of the map (so at most 64×64 cells).</summary>
    public const int CellSize = 4;

    // smartcrop.js's weights, except SkinBias (0.01 there): at 1 smooth cheeks count as skin, not only the textured
    // parts of a face, which moved the crops of SaliencyCropTests' portrait from the hair toward the face.
    private const float SkinR = 0.78f, SkinG = 0.57f, SkinB = 0.44f;
    private const float SkinThreshold = 0.8f, SkinWeight = 1.8f, SkinBias = 1.0f;
    private const float SaturationThreshold = 0.4f, SaturationWeight = 0.1f, SaturationBias = 0.2f;
    private const float DetailWeight = 0.2f;

    public static SaliencyMap Detect(SKImage image)
    {
        var scale = Math.Min(1f, AnalysisSize / (float)Math.Max(image.Width, image.Height));
        var width = Math.Max(CellSize, (int)MathF.Round(image.Width * scale));
        var height = Math.Max(CellSize, (int)MathF.Round(image.Height * scale));
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawImage(image, SKRect.Create(width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        var pixels = bitmap.GetPixelSpan();
        var lightness = new float[width * height];
        for (var i = 0; i < lightness.Length; i++)
        {
            lightness[i] = Lightness(pixels[i * 4], pixels[(i * 4) + 1], pixels[(i * 4) + 2]);
        }

        var (columns, rows) = ((width + CellSize - 1) / CellSize, (height + CellSize - 1) / CellSize);
        var cells = new float[columns * rows];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * width) + x;
                var (r, g, b) = (pixels[i * 4] / 255f, pixels[(i * 4) + 1] / 255f, pixels[(i * 4) + 2] / 255f);
                var detail = Math.Min(1, Edge(lightness, width, height, x, y));
                var score = (detail * DetailWeight)
                    + (Skin(r, g, b, lightness[i]) * (detail + SkinBias) * SkinWeight)
                    + (Saturation(r, g, b, lightness[i]) * (detail + SaturationBias) * SaturationWeight);
                cells[((y / CellSize) * columns) + (x / CellSize)] += score * Prior((x + 0.5f) / width, (y + 0.5f) / height);
            }
        }

        return new SaliencyMap(columns, rows, width / (float)CellSize, height / (float)CellSize, cells);
    }

    /// <summary>Weights the upper middle of the photo up to twice its corners: a person's head, the usual subject of an event photo, sits there.</summary>
    private static float Prior(float x, float y)
    {
        var (dx, dy) = (x - 0.5f, y - 0.35f);
        return 0.6f + (0.8f * MathF.Exp(-((dx * dx) + (dy * dy)) / 0.12f));
    }

    private static float Lightness(byte r, byte g, byte b) => ((0.2126f * r) + (0.7152f * g) + (0.0722f * b)) / 255f;

    /// <summary>The Laplacian of lightness: large on edges and texture, zero on flat colour.</summary>
    private static float Edge(float[] lightness, int width, int height, int x, int y)
    {
        if (x == 0 || y == 0 || x == width - 1 || y == height - 1)
        {
            return 0;
        }

        var i = (y * width) + x;
        return MathF.Abs((4 * lightness[i]) - lightness[i - 1] - lightness[i + 1] - lightness[i - width] - lightness[i + width]) * 4;
    }

    /// <summary>0..1: how near the pixel's colour (its direction, whatever its brightness) is to a skin tone.</summary>
    private static float Skin(float r, float g, float b, float lightness)
    {
        var length = MathF.Sqrt((r * r) + (g * g) + (b * b));
        if (length < 1e-3f || lightness is < 0.2f or > 0.95f)
        {
            return 0;
        }

        var (dr, dg, db) = ((r / length) - SkinR, (g / length) - SkinG, (b / length) - SkinB);
        var closeness = 1 - MathF.Sqrt((dr * dr) + (dg * dg) + (db * db));
        return closeness > SkinThreshold ? (closeness - SkinThreshold) / (1 - SkinThreshold) : 0;
    }

    /// <summary>0..1: HSL saturation above a threshold, on pixels neither nearly black nor nearly white.</summary>
    private static float Saturation(float r, float g, float b, float lightness)
    {
        var (max, min) = (MathF.Max(r, MathF.Max(g, b)), MathF.Min(r, MathF.Min(g, b)));
        if (max == min || lightness is < 0.05f or > 0.9f)
        {
            return 0;
        }

        var l = (max + min) / 2;
        var saturation = l > 0.5f ? (max - min) / (2 - max - min) : (max - min) / (max + min);
        return saturation > SaturationThreshold ? (saturation - SaturationThreshold) / (1 - SaturationThreshold) : 0;
    }
}
