using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Text;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>Draws a text block in a box: alignment, line highlights, runs with their own font and colour, outline and shadow.</summary>
internal static class TextPainter
{
    /// <summary>Draws <paramref name="block"/> in <paramref name="box"/>; a typewriter passes <paramref name="typed"/>, the share of glyphs written so far (shown by whole words).</summary>
    public static void Paint(SKCanvas canvas, TextStyle style, TextBlock block, SKRect box, float typed = 1)
    {
        var remaining = typed >= 1 ? int.MaxValue : (int)Math.Round(typed * block.Lines.Sum(l => l.Words.Sum(w => w.Word.Runs.Sum(r => r.Shaped.Glyphs.Length))));
        var top = TextPlacement.Top(style, block, box.Top, box.Height);

        using var fonts = new FontCache();
        foreach (var line in block.Lines)
        {
            var x = TextPlacement.Left(style, line, box.Left, box.Width);

            if (remaining <= 0)
            {
                break;
            }

            if (style.Highlight is { } highlight && line.Words.Length > 0)
            {
                var (vertical, horizontal) = style.HighlightPadding;
                var band = new SKRect(x - horizontal, top + line.Top - vertical, x + line.Width + horizontal, top + line.Top + line.Height + vertical);
                using var paint = new SKPaint { IsAntialias = true, Color = highlight.ToSkia() };
                canvas.DrawRoundRect(band, style.HighlightRadius, style.HighlightRadius, paint);
            }

            foreach (var word in line.Words)
            {
                // A typewriter writes whole words: half a word on screen reads as a different word.
                if (typed < 1 && word.Word.Runs.Sum(r => r.Shaped.Glyphs.Length) > remaining)
                {
                    remaining = 0;
                    break;
                }

                foreach (var (run, runX) in word.Runs())
                {
                    remaining -= DrawRun(canvas, style, run, x + runX, top + line.Baseline, fonts, remaining);
                }
            }
        }
    }

    /// <returns>The number of glyphs drawn: at most <paramref name="limit"/>.</returns>
    private static int DrawRun(SKCanvas canvas, TextStyle style, TextRun run, float x, float baseline, FontCache fonts, int limit)
    {
        var shaped = run.Shaped;
        var count = Math.Min(shaped.Glyphs.Length, limit);
        if (count <= 0)
        {
            return 0;
        }

        var font = fonts.Get(shaped.Face, run.Style.Size);
        var scale = run.Style.Size / shaped.Face.UnitsPerEm;
        var positions = new SKPoint[count];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = new SKPoint(x + (shaped.Offsets[i] * scale) + (run.Style.LetterSpacing * i), baseline - (shaped.Rises[i] * scale));
        }

        using var builder = new SKTextBlobBuilder();
        builder.AddPositionedRun(shaped.Glyphs.AsSpan(0, count), font, positions);
        using var blob = builder.Build();
        if (blob is null)
        {
            return count;
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
        return count;
    }
}
