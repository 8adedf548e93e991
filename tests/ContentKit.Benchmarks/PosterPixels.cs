using System.Collections.Concurrent;
using ContentKit.Output;
using SkiaSharp;

namespace ContentKit.Benchmarks;

/// <summary>
/// The pixels of a rendered 1080×1350 pengumuman poster, rendered once per process through
/// <see cref="Renderer"/> (lossless PNG) and decoded back into the Rgba8888/premultiplied layout the
/// renderer's surface has, so encoders see exactly what ContentKit hands them.
/// </summary>
internal static class PosterPixels
{
    private static readonly ConcurrentDictionary<SampleRow, Lazy<SKBitmap>> Bitmaps = new();

    public static SKPixmap Of(SampleRow row) =>
        Bitmaps.GetOrAdd(row, r => new Lazy<SKBitmap>(() => Render(r))).Value.PeekPixels();

    private static SKBitmap Render(SampleRow row)
    {
        using var poster = new Pengumuman();
        var png = poster.RenderToBytes(poster.Bind(row), OutputType.Png);
        var info = new SKImageInfo(poster.Feed.Width, poster.Feed.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        return SKBitmap.Decode(png, info) ?? throw new InvalidOperationException("Skia could not decode the poster ContentKit rendered.");
    }
}
