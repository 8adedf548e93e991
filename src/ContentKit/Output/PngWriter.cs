using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SkiaSharp;

namespace ContentKit.Output;

/// <summary>
/// Writes PNG files: 8-bit RGB when every pixel is opaque (a quarter less to filter and compress than RGBA), 8-bit RGBA
/// with straight alpha otherwise; each row filtered as <see cref="PngRowFilter"/> chooses, deflated by .NET's zlib-ng. No timestamps
/// or other ancillary chunks, so the same pixels and level give the same bytes.
/// </summary>
internal static class PngWriter
{
    /// <summary>The zlib level ContentKit writes; PngWriterBenchmarks in tests/ContentKit.Benchmarks measured each level.</summary>
    public const int DefaultLevel = 6;

    private const byte ColorTypeRgb = 2;
    private const byte ColorTypePalette = 3;
    private const byte ColorTypeRgba = 6;

    /// <param name="pixels">The image.</param>
    /// <param name="destination">Where the file goes.</param>
    /// <param name="level">The zlib level.</param>
    /// <param name="paletteError">
    /// An opaque image of 256 colours or fewer is always written with a palette (lossless, a third of the bytes).
    /// Above zero, one of up to 4,096 colours is too, each colour past the 256 most frequent drawn as its nearest if
    /// no channel moves further than this; see <see cref="PngPalette"/>.
    /// </param>
    public static void Write(SKPixmap pixels, Stream destination, int level = DefaultLevel, int paletteError = 0)
    {
        if (pixels.ColorType != SKColorType.Rgba8888 || (pixels.AlphaType == SKAlphaType.Premul && !IsOpaque(pixels)))
        {
            // Straight alpha, in PNG's byte order: Skia converts (and unpremultiplies) the pixels.
            using var converted = new SKBitmap(new SKImageInfo(pixels.Width, pixels.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
            using var target = converted.PeekPixels();
            if (!pixels.ReadPixels(target))
            {
                throw new ContentKitException(Localized.Format(Messages.Encoder_Failed, "PNG"));
            }

            WriteRgba8888(target, destination, level, IsOpaque(target));
            return;
        }

        var opaque = pixels.AlphaType == SKAlphaType.Opaque || IsOpaque(pixels);
        if (opaque && PngPalette.Of(pixels, paletteError) is { } palette)
        {
            WritePalette(pixels, palette, destination, level);
            return;
        }

        WriteRgba8888(pixels, destination, level, opaque);
    }

    /// <summary>Colour type 3, every row unfiltered: indices are not magnitudes, so libpng leaves palette rows alone too.</summary>
    private static void WritePalette(SKPixmap pixels, PngPalette palette, Stream destination, int level)
    {
        WriteHeader(pixels, destination, ColorTypePalette);
        PngChunkWriter.Write(destination, "PLTE"u8, palette.Entries());
        var row = new byte[pixels.Width + 1];
        var source = pixels.GetPixelSpan();
        using (var idat = new IdatStream(destination))
        {
            using var zlib = new ZLibStream(idat, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true);
            for (var y = 0; y < pixels.Height; y++)
            {
                palette.Map(MemoryMarshal.Cast<byte, uint>(source.Slice(y * pixels.RowBytes, pixels.Width * 4)), row.AsSpan(1));
                zlib.Write(row);
            }
        }

        PngChunkWriter.Write(destination, "IEND"u8, []);
    }

    private static void WriteHeader(SKPixmap pixels, Stream destination, byte colorType)
    {
        destination.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, pixels.Width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], pixels.Height);
        header[8] = 8;
        header[9] = colorType;
        // Bytes 10-12: deflate, adaptive filtering, no interlace (all zero).
        PngChunkWriter.Write(destination, "IHDR"u8, header);
    }

    private static void WriteRgba8888(SKPixmap pixels, Stream destination, int level, bool opaque)
    {
        var channels = opaque ? 3 : 4;
        WriteHeader(pixels, destination, opaque ? ColorTypeRgb : ColorTypeRgba);

        var rowLength = pixels.Width * channels;
        var filter = new PngRowFilter(rowLength, channels);
        var row = new byte[rowLength];
        var above = new byte[rowLength];
        var source = pixels.GetPixelSpan();
        using (var idat = new IdatStream(destination))
        {
            using var zlib = new ZLibStream(idat, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true);
            for (var y = 0; y < pixels.Height; y++)
            {
                var pixelRow = source.Slice(y * pixels.RowBytes, pixels.Width * 4);
                if (opaque)
                {
                    DropAlpha(pixelRow, row);
                }
                else
                {
                    pixelRow.CopyTo(row);
                }

                zlib.Write(filter.Filter(row, above));
                (row, above) = (above, row);
            }
        }

        PngChunkWriter.Write(destination, "IEND"u8, []);
    }

    private static bool IsOpaque(SKPixmap pixels)
    {
        var source = pixels.GetPixelSpan();
        var alpha = new Vector<uint>(BitConverter.IsLittleEndian ? 0xFF000000 : 0x000000FF);
        for (var y = 0; y < pixels.Height; y++)
        {
            var row = MemoryMarshal.Cast<byte, uint>(source.Slice(y * pixels.RowBytes, pixels.Width * 4));
            var x = 0;
            for (; x + Vector<uint>.Count <= row.Length; x += Vector<uint>.Count)
            {
                if ((new Vector<uint>(row[x..]) & alpha) != alpha)
                {
                    return false;
                }
            }

            for (; x < row.Length; x++)
            {
                if ((row[x] & alpha[0]) != alpha[0])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>RGBA → RGB, four pixels a shuffle (the last four bytes of each store are overwritten by the next).</summary>
    private static void DropAlpha(ReadOnlySpan<byte> rgba, Span<byte> rgb)
    {
        var shuffle = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0xFF, 0xFF, 0xFF, 0xFF);
        int i = 0, o = 0;
        for (; o + 16 <= rgb.Length; i += 16, o += 12)
        {
            Vector128.Shuffle(Vector128.Create(rgba[i..]), shuffle).CopyTo(rgb[o..]);
        }

        for (; o < rgb.Length; i += 4, o += 3)
        {
            rgb[o] = rgba[i];
            rgb[o + 1] = rgba[i + 1];
            rgb[o + 2] = rgba[i + 2];
        }
    }
}
