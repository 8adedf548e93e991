using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>
/// Scales part of a photo to a size in pixels with a high-quality filter: halved with a box filter while it is more
/// than twice the size (a cubic filter alone samples 4×4 pixels and aliases on a larger step), then Mitchell cubic to
/// the exact size. Paid once per photo and size; drawing the result is then a copy.
/// </summary>
internal static class PhotoScaler
{
    private static readonly SKSamplingOptions Halving = new(SKFilterMode.Linear);
    private static readonly SKSamplingOptions Final = new(SKCubicResampler.Mitchell);

    public static SKImage Scale(SKImage image, SKRect crop, SKSizeI size)
    {
        SKImage? step = null;
        var from = image;
        var rect = crop;
        try
        {
            while (rect.Width >= size.Width * 2 && rect.Height >= size.Height * 2)
            {
                var half = SKRect.Create(rect.Width / 2, rect.Height / 2);
                var next = Draw(from, rect, half, new SKSizeI((int)MathF.Ceiling(half.Width), (int)MathF.Ceiling(half.Height)), Halving);
                step?.Dispose();
                (step, from, rect) = (next, next, half);
            }

            return Draw(from, rect, SKRect.Create(size.Width, size.Height), size, Final);
        }
        finally
        {
            step?.Dispose();
        }
    }

    private static SKImage Draw(SKImage image, SKRect source, SKRect target, SKSizeI canvas, SKSamplingOptions sampling)
    {
        var info = new SKImageInfo(canvas.Width, canvas.Height, SKColorType.Rgba8888, image.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new ContentKitException(Localized.Format(Messages.Renderer_NoSurface, canvas.Width, canvas.Height));
        surface.Canvas.Clear(SKColors.Transparent);
        using var paint = new SKPaint { BlendMode = SKBlendMode.Src };
        surface.Canvas.DrawImage(image, source, target, sampling, paint);
        return surface.Snapshot();
    }
}
