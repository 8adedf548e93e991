using System.Numerics;
using System.Runtime.CompilerServices;
using SkiaSharp;

namespace ContentKit.Video;

/// <summary>
/// A frame as the encoder takes it: planar YUV 4:2:0 (a luma plane, then quarter-size Cb and Cr planes), BT.709,
/// limited range, converted here from the painted RGBA. That sends ffmpeg 3 bytes for every 8, and spares it its own
/// conversion, which runs on ffmpeg's main thread ahead of x264 and cost 3 of the 8 seconds a 15-second Reel took
/// to encode. BT.709 is what players assume for HD video, so brand colours come out as painted.
/// </summary>
internal sealed class Yuv420
{
    // Y = 16 + 219/255 (0.2126 R + 0.7152 G + 0.0722 B); Cb and Cr = 128 + 224/255 of (B − Y') / 1.8556 and
    // (R − Y') / 1.5748; each coefficient times 2^16. The chroma rows each sum to zero, so grey stays grey.
    private const int YR = 11966, YG = 40254, YB = 4064, YOffset = (16 << 16) + (1 << 15);
    private const int UR = -6596, UG = -22189, UB = 28785;
    private const int VR = 28785, VG = -26146, VB = -2639;

    /// <summary>Chroma is computed from the sums of four pixels, so it is shifted two bits further.</summary>
    private const int ChromaShift = 18, ChromaOffset = (128 << ChromaShift) + (1 << (ChromaShift - 1));

    public Yuv420(int width, int height)
    {
        if (width % 2 != 0 || height % 2 != 0)
        {
            throw new ArgumentException($"YUV 4:2:0 needs an even frame size, not {width}×{height}.");
        }

        (Width, Height) = (width, height);
        Bytes = new byte[width * height * 3 / 2];
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The three planes one after the other, exactly what ffmpeg's <c>rawvideo yuv420p</c> expects.</summary>
    public byte[] Bytes { get; }

    private Span<byte> YPlane => Bytes.AsSpan(0, Width * Height);

    private Span<byte> CbPlane => Bytes.AsSpan(Width * Height, Width * Height / 4);

    private Span<byte> CrPlane => Bytes.AsSpan(Width * Height * 5 / 4, Width * Height / 4);

    /// <summary>The smallest rectangle of whole 2×2 blocks, inside a frame of <paramref name="size"/>, that covers <paramref name="rect"/>.</summary>
    public static SKRectI Blocks(SKRect rect, SKSizeI size) => SKRectI.Intersect(
        new SKRectI(Even(MathF.Floor(rect.Left)), Even(MathF.Floor(rect.Top)), Even(MathF.Ceiling(rect.Right) + 1), Even(MathF.Ceiling(rect.Bottom) + 1)),
        SKRectI.Create(size));

    /// <summary>
    /// Converts <paramref name="area"/> (whole 2×2 blocks, see <see cref="Blocks"/>) of the opaque frame <paramref name="rgba"/>,
    /// which has this frame's size, into these planes; the rest of the planes stays as it was.
    /// </summary>
    public void From(Pixels rgba, SKRectI area)
    {
        if (area.Left % 2 != 0 || area.Top % 2 != 0 || area.Width % 2 != 0 || area.Height % 2 != 0)
        {
            throw new ArgumentException($"{area} is not made of whole 2×2 blocks.", nameof(area));
        }

        var (width, half) = (Width, Width / 2);
        Span<uint> pixels = rgba.Data;
        Span<byte> luma = YPlane, cb = CbPlane, cr = CrPlane;
        for (var y = area.Top; y < area.Bottom; y += 2)
        {
            var above = pixels.Slice((y * width) + area.Left, area.Width);
            var below = pixels.Slice(((y + 1) * width) + area.Left, area.Width);
            LumaRow(above, luma.Slice((y * width) + area.Left, area.Width));
            LumaRow(below, luma.Slice(((y + 1) * width) + area.Left, area.Width));
            var chroma = (y / 2 * half) + (area.Left / 2);
            ChromaRow(above, below, cb.Slice(chroma, area.Width / 2), cr.Slice(chroma, area.Width / 2));
        }
    }

    private static int Even(float value) => (int)value & ~1;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LumaRow(ReadOnlySpan<uint> row, Span<byte> luma)
    {
        var x = 0;
        var n = Vector<uint>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            for (; x + (4 * n) <= row.Length; x += 4 * n)
            {
                var low = Vector.Narrow(Luma(new Vector<uint>(row[x..])), Luma(new Vector<uint>(row[(x + n)..])));
                var high = Vector.Narrow(Luma(new Vector<uint>(row[(x + (2 * n))..])), Luma(new Vector<uint>(row[(x + (3 * n))..])));
                Vector.Narrow(Vector.AsVectorUInt16(low), Vector.AsVectorUInt16(high)).CopyTo(luma[x..]);
            }
        }

        for (; x < row.Length; x++)
        {
            var p = row[x];
            luma[x] = (byte)(((YR * (int)(p & 0xFF)) + (YG * (int)((p >> 8) & 0xFF)) + (YB * (int)((p >> 16) & 0xFF)) + YOffset) >> 16);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<int> Luma(Vector<uint> pixels)
    {
        var mask = new Vector<uint>(0xFFu);
        var (r, g, b) = (Vector.AsVectorInt32(pixels & mask), Vector.AsVectorInt32((pixels >> 8) & mask), Vector.AsVectorInt32((pixels >> 16) & mask));
        return ((r * YR) + (g * YG) + (b * YB) + new Vector<int>(YOffset)) >> 16;
    }

    /// <summary>One row of Cb and Cr from two rows of pixels: each sample from the average of a 2×2 block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ChromaRow(ReadOnlySpan<uint> above, ReadOnlySpan<uint> below, Span<byte> cb, Span<byte> cr)
    {
        var x = 0;
        var n = Vector<uint>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            // 4n blocks at a time, n from each 2n pixels of both rows.
            for (; x + (4 * n) <= cb.Length; x += 4 * n)
            {
                var (u0, v0) = Chroma(above[(2 * x)..], below[(2 * x)..]);
                var (u1, v1) = Chroma(above[((2 * x) + (2 * n))..], below[((2 * x) + (2 * n))..]);
                var (u2, v2) = Chroma(above[((2 * x) + (4 * n))..], below[((2 * x) + (4 * n))..]);
                var (u3, v3) = Chroma(above[((2 * x) + (6 * n))..], below[((2 * x) + (6 * n))..]);
                Vector.Narrow(Vector.AsVectorUInt16(Vector.Narrow(u0, u1)), Vector.AsVectorUInt16(Vector.Narrow(u2, u3))).CopyTo(cb[x..]);
                Vector.Narrow(Vector.AsVectorUInt16(Vector.Narrow(v0, v1)), Vector.AsVectorUInt16(Vector.Narrow(v2, v3))).CopyTo(cr[x..]);
            }
        }

        for (; x < cb.Length; x++)
        {
            var (r, g, b) = (0, 0, 0);
            foreach (var p in (ReadOnlySpan<uint>)[above[2 * x], above[(2 * x) + 1], below[2 * x], below[(2 * x) + 1]])
            {
                (r, g, b) = (r + (int)(p & 0xFF), g + (int)((p >> 8) & 0xFF), b + (int)((p >> 16) & 0xFF));
            }

            cb[x] = (byte)(((UR * r) + (UG * g) + (UB * b) + ChromaOffset) >> ChromaShift);
            cr[x] = (byte)(((VR * r) + (VG * g) + (VB * b) + ChromaOffset) >> ChromaShift);
        }
    }

    /// <summary>Cb and Cr of n 2×2 blocks: 2n pixels of a row and the 2n below them (n lanes of a vector).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector<int> U, Vector<int> V) Chroma(ReadOnlySpan<uint> above, ReadOnlySpan<uint> below)
    {
        // Columns summed in 16-bit fields (R and B in one word, G and A in the other), then neighbouring columns.
        var (n, fields) = (Vector<uint>.Count, new Vector<uint>(0x00FF00FFu));
        var (a0, a1, b0, b1) = (new Vector<uint>(above), new Vector<uint>(above[n..]), new Vector<uint>(below), new Vector<uint>(below[n..]));
        var redBlue = Pairs((a0 & fields) + (b0 & fields), (a1 & fields) + (b1 & fields));
        var greenAlpha = Pairs(((a0 >> 8) & fields) + ((b0 >> 8) & fields), ((a1 >> 8) & fields) + ((b1 >> 8) & fields));
        var word = new Vector<uint>(0xFFFFu);
        var (r, g, b) = (Vector.AsVectorInt32(redBlue & word), Vector.AsVectorInt32(greenAlpha & word), Vector.AsVectorInt32(redBlue >> 16));
        var offset = new Vector<int>(ChromaOffset);
        return (((r * UR) + (g * UG) + (b * UB) + offset) >> ChromaShift, ((r * VR) + (g * VG) + (b * VB) + offset) >> ChromaShift);
    }

    /// <summary>Sums of neighbouring elements: [x0+x1, x2+x3, …, y0+y1, y2+y3, …].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<uint> Pairs(Vector<uint> x, Vector<uint> y)
    {
        var (wx, wy, low) = (Vector.AsVectorUInt64(x), Vector.AsVectorUInt64(y), new Vector<ulong>(0xFFFFFFFFul));
        return Vector.Narrow((wx & low) + (wx >> 32), (wy & low) + (wy >> 32));
    }
}
