using SkiaSharp;

namespace ContentKit.Tests.Icons;

/// <summary>What a drawing left on a transparent surface, read back pixel by pixel.</summary>
internal sealed class IconPixels : IDisposable
{
    private readonly SKBitmap _bitmap;

    private IconPixels(SKBitmap bitmap) => _bitmap = bitmap;

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public static IconPixels Draw(int width, int height, Action<SKCanvas> draw)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))!;
        surface.Canvas.Clear(SKColors.Transparent);
        draw(surface.Canvas);
        using var image = surface.Snapshot();
        return new IconPixels(SKBitmap.FromImage(image));
    }

    /// <summary>Every pixel something was drawn on, with its colour (not premultiplied).</summary>
    public IEnumerable<(int X, int Y, SKColor Color)> Inked()
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var color = _bitmap.GetPixel(x, y);
                if (color.Alpha > 0)
                {
                    yield return (x, y, color);
                }
            }
        }
    }

    /// <summary>The amount of ink: alpha summed over the pixels, so one fully covered pixel is 255.</summary>
    public long Ink() => Inked().Sum(p => (long)p.Color.Alpha);

    public SKRectI InkBounds()
    {
        var inked = Inked().ToList();
        return inked.Count == 0
            ? SKRectI.Empty
            : new SKRectI(inked.Min(p => p.X), inked.Min(p => p.Y), inked.Max(p => p.X) + 1, inked.Max(p => p.Y) + 1);
    }

    public byte[] Bytes() => _bitmap.Bytes;

    public void Dispose() => _bitmap.Dispose();
}
