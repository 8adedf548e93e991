using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>
/// The photos of the stress set, painted at run time instead of shipped: a portrait (a figure against sky and ground),
/// a very dark and a very bright scene. Each is a gradient with soft shapes, so the saliency crop and the contrast
/// check meet something like a photo rather than one flat colour; the same code paints the same pixels every run.
/// </summary>
internal static class StressPhotos
{
    /// <summary>The portrait's file name, in the folder given to <see cref="WriteTo"/>.</summary>
    public const string Portrait = "stress-potret.jpg";

    /// <summary>The very dark photo's file name.</summary>
    public const string Dark = "stress-gelap.jpg";

    /// <summary>The very bright photo's file name.</summary>
    public const string Bright = "stress-terang.jpg";

    private static readonly SKJpegEncoderOptions Jpeg = new(85, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore);

    /// <summary>Writes the three photos into <paramref name="folder"/>.</summary>
    public static void WriteTo(string folder)
    {
        // Sizes: wide enough for the widest format (1200 px) without the "photo too small" problem, small enough to decode fast.
        Write(Path.Combine(folder, Portrait), 900, 1350, new SKColor(0x8C, 0xB4, 0xD8), new SKColor(0x5A, 0x6B, 0x3C), new SKColor(0x3A, 0x2A, 0x22), figure: true);
        Write(Path.Combine(folder, Dark), 1600, 1200, new SKColor(0x0A, 0x0B, 0x10), new SKColor(0x1A, 0x1C, 0x22), new SKColor(0x2A, 0x2C, 0x34), figure: false);
        Write(Path.Combine(folder, Bright), 1600, 1200, new SKColor(0xFA, 0xFA, 0xF6), new SKColor(0xFF, 0xFF, 0xFF), new SKColor(0xEE, 0xF0, 0xEA), figure: false);
    }

    private static void Write(string file, int width, int height, SKColor top, SKColor bottom, SKColor shapes, bool figure)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var sky = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height), [top, bottom], SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, width, height, sky);
            using var soft = new SKPaint { Color = shapes.WithAlpha(150), IsAntialias = true, ImageFilter = SKImageFilter.CreateBlur(24, 24) };
            for (var i = 0; i < 6; i++)
            {
                canvas.DrawCircle(width * ((i * 0.37f) % 1), height * (0.55f + (i % 3 * 0.15f)), width * (0.12f + (i % 2 * 0.08f)), soft);
            }

            if (figure)
            {
                using var person = new SKPaint { Color = new SKColor(0x2B, 0x3A, 0x55), IsAntialias = true };
                canvas.DrawOval(width * 0.5f, height * 0.78f, width * 0.3f, height * 0.22f, person);
                person.Color = new SKColor(0xC6, 0x8E, 0x6A);
                canvas.DrawOval(width * 0.5f, height * 0.42f, width * 0.13f, height * 0.1f, person);
            }
        }

        using var pixels = bitmap.PeekPixels();
        using var data = pixels.Encode(Jpeg) ?? throw new ContentKitException(Localized.Format(Messages.Encoder_Failed, "JPEG"));
        using var stream = File.Create(file);
        data.SaveTo(stream);
    }
}
