using ContentKit.Drawing.Icons;
using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Layout.Scenes;
using ContentKit.Text;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>Paints a positioned tree onto a Skia canvas. It reads the tree only; layout is already done.</summary>
internal sealed partial class Painter(ImageStore images, IconLibrary icons)
{
    private static readonly SKSamplingOptions Sampling = new(SKCubicResampler.Mitchell);

    /// <summary>Video frames sample photos with mipmaps: as sharp at rest, and a Ken Burns move costs a fraction of a cubic filter.</summary>
    private static readonly SKSamplingOptions MovingSampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <summary>Paints <paramref name="box"/> and everything inside it; in a video scene, <paramref name="moment"/> moves what animates.</summary>
    public void Paint(SKCanvas canvas, LayoutBox box, IMoment? moment = null)
    {
        var motion = moment?.StateOf(box) ?? MotionState.Identity;
        var opacity = box.Element.Box.Opacity * motion.Opacity;
        if (opacity <= 0.002f || motion.Reveal <= 0 || motion.Scale <= 0.001f)
        {
            return;
        }

        var bounds = box.Bounds.ToSkia();
        if (moment is not null && moment.TryDrawPainted(canvas, box, motion, bounds, motion.Reveal < 1 ? Wiped(bounds, motion) : null))
        {
            return;
        }

        var restore = canvas.Save();
        if (motion.Transforms)
        {
            canvas.Translate(motion.X, motion.Y);
            canvas.Scale(motion.Scale, motion.Scale, bounds.MidX, bounds.MidY);
        }

        if (motion.Reveal < 1)
        {
            canvas.ClipRect(Wiped(bounds, motion));
        }

        if (opacity < 1)
        {
            // A moving element's layer is bounded (with room for shadows); a full-frame layer per element per frame is slow.
            using var fade = new SKPaint { Color = SKColors.White.WithAlpha((byte)(opacity * 255)) };
            if (moment is null)
            {
                canvas.SaveLayer(fade);
            }
            else
            {
                canvas.SaveLayer(SKRect.Inflate(bounds, 96, 96), fade);
                moment = moment.InLayer();
            }
        }

        var rotation = box.Element.Box.Rotate + motion.Rotate;
        if (rotation != 0)
        {
            canvas.RotateDegrees(rotation, bounds.MidX, bounds.MidY);
        }

        if (motion.Zoom > 0 && moment is not null)
        {
            moment.DrawZoomed(canvas, box, bounds, 1 + (MotionState.KenBurnsZoom * motion.Zoom));
            canvas.RestoreToCount(restore);
            return;
        }

        switch (box.Element)
        {
            case ContainerElement container:
                PaintContainer(canvas, container.Decoration, bounds, box, moment);
                break;
            case TextElement text when box.Text is { } block:
                var shown = motion.Counted < 1 && moment is not null ? moment.CountedText(box, motion.Counted) : block;
                TextPainter.Paint(canvas, text.Style, shown, Deflate(bounds, text.Box.Padding), motion.Typed);
                break;
            case IconElement icon:
                icons.Paint(canvas, icon, Deflate(bounds, icon.Box.Padding));
                break;
            case QrElement qr:
                QrPainter.Paint(canvas, qr, Deflate(bounds, qr.Box.Padding), images);
                break;
            case ChartElement when box.Chart is { } chart:
                ChartPainter.Paint(canvas, chart, icons);
                break;
            case ImageElement image:
                PaintImage(canvas, image, bounds, still: moment is null);
                break;
            case ShapeElement shape:
                PaintShape(canvas, shape, bounds);
                break;
        }

        canvas.RestoreToCount(restore);
    }

    /// <summary>The part of the box a wipe shows: it grows from the side the wipe starts at.</summary>
    internal static SKRect Wiped(SKRect bounds, MotionState motion) => motion.Wipe switch
    {
        MotionPreset.WipeLeft => new SKRect(bounds.Right - (bounds.Width * motion.Reveal), bounds.Top, bounds.Right, bounds.Bottom),
        MotionPreset.WipeUp => new SKRect(bounds.Left, bounds.Bottom - (bounds.Height * motion.Reveal), bounds.Right, bounds.Bottom),
        MotionPreset.WipeDown => new SKRect(bounds.Left, bounds.Top, bounds.Right, bounds.Top + (bounds.Height * motion.Reveal)),
        _ => new SKRect(bounds.Left, bounds.Top, bounds.Left + (bounds.Width * motion.Reveal), bounds.Bottom),
    };

    private static SKRect Deflate(SKRect rect, Thickness padding) =>
        new(rect.Left + padding.Left, rect.Top + padding.Top, Math.Max(rect.Left + padding.Left, rect.Right - padding.Right), Math.Max(rect.Top + padding.Top, rect.Bottom - padding.Bottom));

    private void PaintContainer(SKCanvas canvas, Decoration decoration, SKRect bounds, LayoutBox box, IMoment? moment)
    {
        var shape = new SKRoundRect(bounds, decoration.Radius);
        if (decoration.Shadow is { } shadow)
        {
            using var paint = new SKPaint { IsAntialias = true, Color = SKColors.Black };
            paint.ImageFilter = SKImageFilter.CreateDropShadowOnly(shadow.OffsetX, shadow.OffsetY, shadow.Blur / 2, shadow.Blur / 2, shadow.Color.ToSkia());
            canvas.DrawRoundRect(shape, paint);
        }

        if (decoration.Background is { } background)
        {
            using var paint = new SKPaint { IsAntialias = true };
            paint.Shader = background.ToShader(bounds);
            canvas.DrawRoundRect(shape, paint);
        }

        var clip = decoration.Clip || box.Overflow > 0 ? canvas.Save() : -1;
        if (clip >= 0)
        {
            canvas.ClipRoundRect(shape, antialias: true);
        }

        foreach (var child in box.Children)
        {
            Paint(canvas, child, moment);
        }

        if (clip >= 0)
        {
            canvas.RestoreToCount(clip);
        }

        if (decoration.BorderWidth > 0)
        {
            var inset = decoration.BorderWidth / 2;
            var border = new SKRoundRect(SKRect.Inflate(bounds, -inset, -inset), Math.Max(0, decoration.Radius - inset));
            using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = decoration.BorderWidth, Color = decoration.BorderColor.ToSkia() };
            canvas.DrawRoundRect(border, paint);
        }
    }

    private static void PaintShape(SKCanvas canvas, ShapeElement shape, SKRect bounds)
    {
        using var paint = new SKPaint { IsAntialias = true };
        if (shape.Kind == ShapeKind.Line)
        {
            var horizontal = bounds.Width >= bounds.Height;
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = horizontal ? Math.Max(bounds.Height, shape.StrokeWidth) : Math.Max(bounds.Width, shape.StrokeWidth);
            paint.Color = (shape.Stroke ?? (shape.Fill as SolidFill)?.Color ?? Rgba.Black).ToSkia();
            paint.PathEffect = shape.Dash.IsEmpty ? null : SKPathEffect.CreateDash([.. shape.Dash], 0);
            var (from, to) = horizontal
                ? (new SKPoint(bounds.Left, bounds.MidY), new SKPoint(bounds.Right, bounds.MidY))
                : (new SKPoint(bounds.MidX, bounds.Top), new SKPoint(bounds.MidX, bounds.Bottom));
            canvas.DrawLine(from, to, paint);
            return;
        }

        if (shape.Fill is { } fill)
        {
            paint.Shader = fill.ToShader(bounds);
            Draw(paint);
        }

        if (shape.Stroke is { } stroke && shape.StrokeWidth > 0)
        {
            paint.Shader = null;
            paint.PathEffect = shape.Dash.IsEmpty ? null : SKPathEffect.CreateDash([.. shape.Dash], 0);
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = shape.StrokeWidth;
            paint.Color = stroke.ToSkia();
            Draw(paint);
        }

        void Draw(SKPaint p)
        {
            var inset = p.Style == SKPaintStyle.Stroke ? shape.StrokeWidth / 2 : 0;
            var rect = SKRect.Inflate(bounds, -inset, -inset);
            if (shape.Kind == ShapeKind.Circle)
            {
                canvas.DrawOval(rect, p);
            }
            else
            {
                canvas.DrawRoundRect(rect, shape.Radius, shape.Radius, p);
            }
        }
    }
}
