using SkiaSharp;

namespace ContentKit.Output;

/// <summary>Encodes rendered pixels. Output carries no timestamps, so the same pixels give the same bytes.</summary>
internal static class ImageEncoder
{
    private static readonly SKJpegEncoderOptions Jpeg = new(90, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore);
    private static readonly SKWebpEncoderOptions Webp = new(SKWebpEncoderCompression.Lossy, 90);

    /// <summary>
    /// A flat design's edge blends may move this many levels (of 255) so that it fits a 256-colour palette: invisible,
    /// and satori's card is 2.4× smaller (84 → 35 KB); photos and gradients have too many colours and stay RGB.
    /// </summary>
    private const int PaletteError = 2;

    public static void Encode(SKPixmap pixels, OutputType type, Stream destination)
    {
        if (type is not (OutputType.Jpg or OutputType.Webp))
        {
            // ContentKit's own writer: RGB rows for opaque posters, filtered per row, deflated by zlib-ng, where
            // Skia's encoder spends as long on RGBA unpremultiplication as on compressing. PngWriterBenchmarks.
            PngWriter.Write(pixels, destination, paletteError: PaletteError);
            return;
        }

        using var data = type switch
        {
            OutputType.Webp => pixels.Encode(Webp),
            _ => pixels.Encode(Jpeg),
        };
        if (data is null)
        {
            throw new ContentKitException(Localized.Format(Messages.Encoder_Failed, type.Extension().ToUpperInvariant()));
        }

        data.SaveTo(destination);
    }
}
