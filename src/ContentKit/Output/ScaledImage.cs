using SkiaSharp;

namespace ContentKit.Output;

/// <summary>Pixels scaled down (mipmapped, so a quarter-size frame is smooth) and encoded as PNG: previews, not outputs.</summary>
internal static class ScaledImage
{
    public static byte[] Png(SKPixmap source, float scale)
    {
        var info = new SKImageInfo(Math.Max(1, (int)(source.Width * scale)), Math.Max(1, (int)(source.Height * scale)), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var scaled = new SKBitmap(info);
        using var target = scaled.PeekPixels();
        using (var image = SKImage.FromPixels(source))
        {
            image.ScalePixels(target, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        using var png = new MemoryStream();
        ImageEncoder.Encode(target, OutputType.Png, png);
        return png.ToArray();
    }
}
