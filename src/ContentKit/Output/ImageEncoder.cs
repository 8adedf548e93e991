using SkiaSharp;

namespace ContentKit.Output;

/// <summary>Encodes rendered pixels. Output carries no timestamps, so the same pixels give the same bytes.</summary>
internal static class ImageEncoder
{
    // Skia's default PNG encoder tries every row filter; on flat-colour graphics "no filter" is about twice as fast
    // for files a few percent larger (see the encoder benchmark in tests/ContentKit.Benchmarks).
    private static readonly SKPngEncoderOptions Png = new(SKPngEncoderFilterFlags.NoFilters, zLibLevel: 6);
    private static readonly SKJpegEncoderOptions Jpeg = new(90, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore);
    private static readonly SKWebpEncoderOptions Webp = new(SKWebpEncoderCompression.Lossy, 90);

    public static void Encode(SKPixmap pixels, OutputType type, Stream destination)
    {
        using var data = type switch
        {
            OutputType.Jpg => pixels.Encode(Jpeg),
            OutputType.Webp => pixels.Encode(Webp),
            _ => pixels.Encode(Png),
        };
        if (data is null)
        {
            throw new ContentKitException($"Skia could not encode the image as {type.Extension().ToUpperInvariant()}.");
        }

        data.SaveTo(destination);
    }
}
