using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SkiaSharp;

namespace ContentKit.Video;

/// <summary>
/// Premultiplied RGBA pixels in a pinned array, so Skia can paint into them and the frame loop can blend and
/// scale them directly. Skia's raster pipeline takes about 20 ms to blend a 1080×1920 overlay here and 48 ms to
/// scale a photo into a frame; the vectorised routines below take about 1 and 4 ms (FramePixelsBenchmarks), which
/// decides how fast a Ken Burns scene renders.
/// </summary>
internal sealed class Pixels
{
    public Pixels(int width, int height)
    {
        (Width, Height) = (width, height);
        Bytes = GC.AllocateArray<byte>(width * height * 4, pinned: true);
        Info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>RGBA rows, as Skia paints them.</summary>
    public byte[] Bytes { get; }

    /// <summary>One pixel per element: R in the low byte, A in the high byte (RGBA in memory, little-endian).</summary>
    public Span<uint> Data => MemoryMarshal.Cast<byte, uint>(Bytes.AsSpan());

    public SKImageInfo Info { get; }

    public IntPtr Address => Marshal.UnsafeAddrOfPinnedArrayElement(Bytes, 0);

    /// <summary>True when every pixel is fully opaque, so the pixels can be copied instead of blended.</summary>
    public bool Opaque => !((ReadOnlySpan<uint>)Data).ContainsAnyInRange(0u, 0xFEFFFFFFu);

    /// <summary>A Skia image over the same memory (no copy); valid while this object lives.</summary>
    public SKImage Image() => SKImage.FromPixels(Info, Address, Info.RowBytes);

    /// <summary>
    /// Draws <paramref name="source"/> with its top-left at (<paramref name="left"/>, <paramref name="top"/>) over
    /// <paramref name="target"/> (premultiplied source-over, times <paramref name="alpha"/>), inside <paramref name="clip"/> only.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Blend(Pixels target, SKRectI clip, Pixels source, int left, int top, byte alpha, bool opaque)
    {
        clip = SKRectI.Intersect(clip, SKRectI.Create(target.Width, target.Height));
        var area = SKRectI.Intersect(clip, SKRectI.Create(left, top, source.Width, source.Height));
        if (area.IsEmpty || alpha == 0)
        {
            return;
        }

        var copy = opaque && alpha == 255;
        var factor = (uint)alpha + 1;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            var from = source.Data.Slice(((y - top) * source.Width) + (area.Left - left), area.Width);
            var to = target.Data.Slice((y * target.Width) + area.Left, area.Width);
            if (copy)
            {
                from.CopyTo(to);
                continue;
            }

            var x = 0;
            if (Vector.IsHardwareAccelerated)
            {
                for (; x + Vector<uint>.Count <= from.Length; x += Vector<uint>.Count)
                {
                    var s = new Vector<uint>(from[x..]);
                    if (s == Vector<uint>.Zero)
                    {
                        continue; // clear, as most of a text sprite is: the frame stays
                    }

                    s = alpha == 255 ? s : Scale(s, new Vector<uint>(factor));
                    Over(s, new Vector<uint>(to[x..])).CopyTo(to[x..]);
                }
            }

            for (; x < from.Length; x++)
            {
                var s = alpha == 255 ? from[x] : Scale(from[x], factor);
                to[x] = Over(s, to[x]);
            }
        }
    }

    /// <summary>
    /// Fills <paramref name="box"/> of <paramref name="target"/>, inside <paramref name="clip"/> only, with
    /// <paramref name="source"/> enlarged by <paramref name="zoom"/> relative to its largest zoom (bilinear, 8-bit
    /// weights) around <paramref name="anchor"/> (fractions of the box; its centre when null): what a Ken Burns box
    /// shows at that moment. An <paramref name="opaque"/> source's pixels are written, any other's drawn over the target.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ZoomInto(Pixels source, float largestZoom, float zoom, Pixels target, SKRectI box, SKRectI clip, bool opaque, SKPoint? anchor = null)
    {
        var area = SKRectI.Intersect(SKRectI.Intersect(box, clip), SKRectI.Create(target.Width, target.Height));
        if (area.IsEmpty)
        {
            return;
        }

        // One box pixel spans k source pixels; the anchor (a fraction of the box, the centre unless given) stays in place.
        var k = (double)largestZoom / zoom;
        var (ax, ay) = anchor is { } fixedPoint ? (fixedPoint.X, fixedPoint.Y) : (0.5f, 0.5f);
        var originX = (source.Width - (box.Width * k)) * ax;
        var originY = (source.Height - (box.Height * k)) * ay;
        var columns = new int[area.Width];
        var weights = new uint[area.Width];
        for (var x = 0; x < area.Width; x++)
        {
            var sx = Math.Clamp(originX + ((area.Left - box.Left + x + 0.5) * k) - 0.5, 0, source.Width - 1.001);
            columns[x] = (int)sx;
            weights[x] = (uint)Math.Round((sx - columns[x]) * 256);
        }

        // Each target row mixes two source rows (only the columns the crop reaches), then neighbouring columns.
        var (first, last) = (columns[0], columns[^1] + 1);
        var row = new uint[source.Width];
        for (var y = area.Top; y < area.Bottom; y++)
        {
            var sy = Math.Clamp(originY + ((y - box.Top + 0.5) * k) - 0.5, 0, source.Height - 1.001);
            var y0 = (int)sy;
            var wy = (uint)Math.Round((sy - y0) * 256);
            var above = source.Data.Slice((y0 * source.Width) + first, last + 1 - first);
            var below = source.Data.Slice(((y0 + 1) * source.Width) + first, last + 1 - first);
            var mixed = row.AsSpan(first, last + 1 - first);
            var x = 0;
            if (Vector.IsHardwareAccelerated)
            {
                for (; x + Vector<uint>.Count <= mixed.Length; x += Vector<uint>.Count)
                {
                    Mix(new Vector<uint>(above[x..]), new Vector<uint>(below[x..]), new Vector<uint>(wy)).CopyTo(mixed[x..]);
                }
            }

            for (; x < mixed.Length; x++)
            {
                mixed[x] = Mix(above[x], below[x], wy);
            }

            // Eight target pixels come from at most 16 neighbouring source pixels, picked out by shuffles
            // (a lane whose index is out of range picks zero, so the two halves can simply be or-ed).
            var to = target.Data.Slice((y * target.Width) + area.Left, area.Width);
            x = 0;
            if (Vector<uint>.Count == 8 && Vector256.IsHardwareAccelerated)
            {
                var (eight, one) = (Vector256.Create(8u), Vector256<uint>.One);
                for (; x + 8 <= to.Length && columns[x] + 16 <= row.Length && columns[x + 7] - columns[x] < 15; x += 8)
                {
                    var start = columns[x];
                    var (low, high) = (Vector256.Create(row.AsSpan(start, 8)), Vector256.Create(row.AsSpan(start + 8, 8)));
                    var left = Vector256.Create(columns.AsSpan(x, 8)).AsUInt32() - Vector256.Create((uint)start);
                    var right = left + one;
                    var a = Vector256.Shuffle(low, left) | Vector256.Shuffle(high, left - eight);
                    var b = Vector256.Shuffle(low, right) | Vector256.Shuffle(high, right - eight);
                    var zoomed = Mix(a.AsVector(), b.AsVector(), new Vector<uint>(weights.AsSpan(x, 8)));
                    (opaque ? zoomed : Over(zoomed, new Vector<uint>(to[x..]))).CopyTo(to[x..]);
                }
            }

            for (; x < to.Length; x++)
            {
                var pixel = Mix(row[columns[x]], row[columns[x] + 1], weights[x]);
                to[x] = opaque ? pixel : Over(pixel, to[x]);
            }
        }
    }

    // Below, each channel times a factor of at most 256 stays within its 16-bit half, so two channels share a multiply.
    private const uint Fields = 0x00FF00FFu;

    /// <summary>Each channel times <paramref name="factor"/>/256.</summary>
    private static uint Scale(uint pixel, uint factor) =>
        ((((pixel & Fields) * factor) >> 8) & Fields) | ((((pixel >> 8) & Fields) * factor) & ~Fields);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<uint> Scale(Vector<uint> pixels, Vector<uint> factor)
    {
        var fields = new Vector<uint>(Fields);
        return ((((pixels & fields) * factor) >> 8) & fields) | ((((pixels >> 8) & fields) * factor) & ~fields);
    }

    /// <summary>Premultiplied <paramref name="source"/> over <paramref name="target"/>: exact where the source is opaque (the target is replaced) or clear (it stays).</summary>
    private static uint Over(uint source, uint target) => source + Scale(target, 256 - (source >> 24));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<uint> Over(Vector<uint> source, Vector<uint> target) => source + Scale(target, new Vector<uint>(256) - (source >> 24));

    /// <summary><paramref name="a"/> to <paramref name="b"/> by <paramref name="weight"/>/256, per channel.</summary>
    private static uint Mix(uint a, uint b, uint weight)
    {
        var keep = 256 - weight;
        return (((((a & Fields) * keep) + ((b & Fields) * weight)) >> 8) & Fields)
            | (((((a >> 8) & Fields) * keep) + (((b >> 8) & Fields) * weight)) & ~Fields);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<uint> Mix(Vector<uint> a, Vector<uint> b, Vector<uint> weight)
    {
        var (fields, keep) = (new Vector<uint>(Fields), new Vector<uint>(256) - weight);
        return (((((a & fields) * keep) + ((b & fields) * weight)) >> 8) & fields)
            | (((((a >> 8) & fields) * keep) + (((b >> 8) & fields) * weight)) & ~fields);
    }
}
