using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Text;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>Draws a text block in a box: alignment, line highlights, runs with their own font and colour, outline and shadow.</summary>
internal static class TextPainter
{
    public static void Paint(SKCanvas canvas, TextStyle style, TextBlock block, SKRect box)
    {
        var left = box.Left;
        var width = box.Width;
        var free = box.Height - block.Height;
        var top = box.Top + style.VerticalAlign switch
        {
            VerticalAlign.Center => Math.Max(0, free / 2),
            VerticalAlign.Bottom => Math.Max(0, free),
            _ => 0,
        };

        using var fonts = new FontCache();
        foreach (var line in block.Lines)
        {
            var align = style.Align ?? (line.RightToLeft ? TextAlign.Right : TextAlign.Left);
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
        var positions = new SKPoint[shaped.Glyphs.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = new SKPoint(x + (shaped.Offsets[i] * scale) + (run.Style.LetterSpacing * i), baseline - (shaped.Rises[i] * scale));
        }

        using var builder = new SKTextBlobBuilder();
        builder.AddPositionedRun(shaped.Glyphs, font, positions);
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
}
