using ContentKit.Layout;
using ContentKit.Layout.Elements;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>Photos: fit, focus, rounded frame, shadow, filters and scrim.</summary>
internal sealed partial class Painter
{
    /// <summary>A photo already scaled to the pixels it covers is copied one to one.</summary>
    private static readonly SKSamplingOptions OneToOne = new(SKFilterMode.Nearest);

    private void PaintImage(SKCanvas canvas, ImageElement element, SKRect bounds, bool still)
    {
        using var lease = images.Get(element.Source);
        var image = lease.Image;
        var source = SKRect.Create(image.Width, image.Height);
        var target = bounds;
        var scaleX = bounds.Width / image.Width;
        var scaleY = bounds.Height / image.Height;
        switch (element.Fit)
        {
            case ImageFit.Cover:
                var focus = element.Focus.IsAuto
                    ? lease.Saliency.FocusFor(bounds.Width / bounds.Height)
                    : new System.Drawing.PointF(element.Focus.X, element.Focus.Y);
                var photo = new System.Drawing.SizeF(image.Width, image.Height);
                source = CoverCrop.Of(photo, new System.Drawing.SizeF(bounds.Width, bounds.Height), focus.X, focus.Y).ToSkia();
                break;
            case ImageFit.Contain:
                var contain = Math.Min(scaleX, scaleY);
                var size = new SKSize(image.Width * contain, image.Height * contain);
                target = SKRect.Create(bounds.Left + ((bounds.Width - size.Width) / 2), bounds.Top + ((bounds.Height - size.Height) / 2), size.Width, size.Height);
                break;
        }

        var frame = new SKRoundRect(target, element.Radius);
        if (element.Shadow is { } shadow)
        {
            using var shade = new SKPaint { IsAntialias = true, Color = SKColors.Black };
            shade.ImageFilter = SKImageFilter.CreateDropShadowOnly(shadow.OffsetX, shadow.OffsetY, shadow.Blur / 2, shadow.Blur / 2, shadow.Color.ToSkia());
            canvas.DrawRoundRect(frame, shade);
        }

        var save = canvas.Save();
        if (element.Radius > 0)
        {
            canvas.ClipRoundRect(frame, antialias: true);
        }

        using var paint = new SKPaint { IsAntialias = true };
        PhotoFilters.Apply(paint, element.Filters);
        if (still && PixelAligned(canvas.TotalMatrix, target) is { } pixels)
        {
            using var scaled = images.GetScaled(element.Source, image, source, pixels.Size);
            canvas.DrawImage(scaled.Image, pixels.Rect, OneToOne, paint);
        }
        else
        {
            canvas.DrawImage(image, source, target, still ? Sampling : MovingSampling, paint);
        }

        foreach (var scrim in element.Filters.OfType<ScrimFilter>())
        {
            using var cover = new SKPaint { IsAntialias = true, Color = scrim.Color.ToSkia().WithAlpha((byte)Math.Round(255 * Scrim.Strength(image, source, paint, scrim.Color, scrim.Contrast))) };
            canvas.DrawRoundRect(frame, cover);
        }

        canvas.RestoreToCount(save);
    }

    /// <summary>
    /// Where <paramref name="target"/> falls on whole device pixels when the canvas only moves (no scale, rotation or
    /// PDF points): the photo can then be scaled once to that many pixels and reused by every output and frame that
    /// draws it at that size. Snapping moves the photo by under half a pixel; its frame (clip, shadow, scrim) stays.
    /// </summary>
    private static (SKRect Rect, SKSizeI Size)? PixelAligned(SKMatrix matrix, SKRect target)
    {
        if (matrix.ScaleX != 1 || matrix.ScaleY != 1 || matrix.SkewX != 0 || matrix.SkewY != 0 || matrix.Persp0 != 0 || matrix.Persp1 != 0 || matrix.Persp2 != 1)
        {
            return null;
        }

        var left = MathF.Round(target.Left + matrix.TransX);
        var top = MathF.Round(target.Top + matrix.TransY);
        var right = MathF.Round(target.Right + matrix.TransX);
        var bottom = MathF.Round(target.Bottom + matrix.TransY);
        if (right <= left || bottom <= top)
        {
            return null;
        }

        return (new SKRect(left - matrix.TransX, top - matrix.TransY, right - matrix.TransX, bottom - matrix.TransY), new SKSizeI((int)(right - left), (int)(bottom - top)));
    }
}
