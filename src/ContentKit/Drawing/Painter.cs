using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Text;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>Paints a positioned tree onto a Skia canvas. It reads the tree only; layout is already done.</summary>
internal sealed class Painter(ImageStore images)
{
    private static readonly SKSamplingOptions Sampling = new(SKCubicResampler.Mitchell);

    public void Paint(SKCanvas canvas, LayoutBox box)
    {
        var opacity = box.Element.Box.Opacity;
        var layer = opacity < 1 ? canvas.SaveLayer(new SKPaint { Color = SKColors.White.WithAlpha((byte)(opacity * 255)) }) : -1;
        var bounds = box.Bounds.ToSkia();

        switch (box.Element)
        {
            case ContainerElement container:
                PaintContainer(canvas, container.Decoration, bounds, box);
                break;
            case TextElement text when box.Text is { } block:
                PaintText(canvas, text, block, box);
                break;
            case ImageElement image:
                PaintImage(canvas, image, bounds);
                break;
            case ShapeElement shape:
                PaintShape(canvas, shape, bounds);
                break;
        }

        if (layer >= 0)
        {
            canvas.RestoreToCount(layer);
        }
    }

    private void PaintContainer(SKCanvas canvas, Decoration decoration, SKRect bounds, LayoutBox box)
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

        var clip = decoration.Clip ? canvas.Save() : -1;
        if (clip >= 0)
        {
            canvas.ClipRoundRect(shape, antialias: true);
        }

        foreach (var child in box.Children)
        {
            Paint(canvas, child);
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

    private static void PaintText(SKCanvas canvas, TextElement text, TextBlock block, LayoutBox box)
    {
        var style = text.Style;
        var padding = text.Box.Padding;
        var left = box.Bounds.Left + padding.Left;
        var width = box.Bounds.Width - padding.Horizontal;
        var free = box.Bounds.Height - padding.Vertical - block.Height;
        var top = box.Bounds.Top + padding.Top + style.VerticalAlign switch
        {
            VerticalAlign.Center => Math.Max(0, free / 2),
            VerticalAlign.Bottom => Math.Max(0, free),
            _ => 0,
        };
        var rightToLeft = block.Lines.SelectMany(l => l.Words).FirstOrDefault() is { Word.RightToLeft: true };
        var align = style.Align ?? (rightToLeft ? TextAlign.Right : TextAlign.Left);

        using var fonts = new FontCache();
        foreach (var line in block.Lines)
        {
            var x = left + align switch
            {
                TextAlign.Center => (width - line.Width) / 2,
                TextAlign.Right => width - line.Width,
                _ => 0,
            };

            if (style.Highlight is { } highlight && line.Words.Length > 0)
            {
                var (vertical, horizontal) = style.HighlightPadding;
                var band = new SKRect(x - horizontal, top + line.Top - vertical, x + line.Width + horizontal, top + line.Top + line.Height + vertical);
                using var paint = new SKPaint { IsAntialias = true, Color = highlight.ToSkia() };
                canvas.DrawRoundRect(band, style.HighlightRadius, style.HighlightRadius, paint);
            }

            foreach (var word in line.Words)
            {
                foreach (var (run, runX) in word.Runs())
                {
                    DrawRun(canvas, style, run, x + runX, top + line.Baseline, fonts);
                }
            }
        }
    }

    private static void DrawRun(SKCanvas canvas, TextStyle style, TextRun run, float x, float baseline, FontCache fonts)
    {
        var shaped = run.Shaped;
        var font = fonts.Get(shaped.Face, run.Style.Size);
        var scale = run.Style.Size / shaped.Face.UnitsPerEm;
        var positions = new float[shaped.Glyphs.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = x + (shaped.Offsets[i] * scale) + (run.Style.LetterSpacing * i);
        }

        using var builder = new SKTextBlobBuilder();
        builder.AddHorizontalRun(shaped.Glyphs, font, positions, baseline);
        using var blob = builder.Build();
        if (blob is null)
        {
            return;
        }

        using var paint = new SKPaint { IsAntialias = true, Color = run.Style.Color.ToSkia() };
        if (style.Shadow is { } shadow)
        {
            paint.ImageFilter = SKImageFilter.CreateDropShadow(shadow.OffsetX, shadow.OffsetY, shadow.Blur / 2, shadow.Blur / 2, shadow.Color.ToSkia());
        }

        if (style.Stroke is { } stroke && stroke.Width > 0)
        {
            using var outline = new SKPaint
            {
                IsAntialias = true,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = stroke.Width * 2,
                StrokeJoin = SKStrokeJoin.Round,
                Color = stroke.Color.ToSkia(),
                ImageFilter = paint.ImageFilter,
            };
            canvas.DrawText(blob, 0, 0, outline);
            paint.ImageFilter = null;
        }

        canvas.DrawText(blob, 0, 0, paint);
    }

    private void PaintImage(SKCanvas canvas, ImageElement element, SKRect bounds)
    {
        var image = images.Get(element.Source);
        var source = SKRect.Create(image.Width, image.Height);
        var target = bounds;
        var scaleX = bounds.Width / image.Width;
        var scaleY = bounds.Height / image.Height;
        switch (element.Fit)
        {
            case ImageFit.Cover:
                var cover = Math.Max(scaleX, scaleY);
                var (w, h) = (bounds.Width / cover, bounds.Height / cover);
                source = SKRect.Create((image.Width - w) * element.FocusX, (image.Height - h) * element.FocusY, w, h);
                break;
            case ImageFit.Contain:
                var contain = Math.Min(scaleX, scaleY);
                var size = new SKSize(image.Width * contain, image.Height * contain);
                target = SKRect.Create(bounds.Left + ((bounds.Width - size.Width) / 2), bounds.Top + ((bounds.Height - size.Height) / 2), size.Width, size.Height);
                break;
        }

        var save = canvas.Save();
        if (element.Radius > 0)
        {
            canvas.ClipRoundRect(new SKRoundRect(target, element.Radius), antialias: true);
        }

        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, source, target, Sampling, paint);
        canvas.RestoreToCount(save);
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
