using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ContentKit.Tests.Batch;

/// <summary>Reads PNG headers and crafts small PNG files, with nothing but the PNG specification (RFC 2083).</summary>
internal static class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The IEND chunk every complete PNG ends with: length 0, type, CRC.</summary>
    private static readonly byte[] End = [0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>Width and height from the IHDR chunk (bytes 16–23 of the file).</summary>
    public static (int Width, int Height) SizeOf(string path)
    {
        var header = new byte[24];
        using (var stream = File.OpenRead(path))
        {
            stream.ReadExactly(header);
        }

        Assert.True(header.AsSpan(0, 8).SequenceEqual(Signature), $"{Path.GetFileName(path)} does not start with the PNG signature.");
        Assert.Equal("IHDR", Encoding.ASCII.GetString(header, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }

    /// <summary>True when the file starts with the PNG signature and ends with the IEND chunk: nothing was cut off.</summary>
    public static bool IsComplete(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes.AsSpan().StartsWith(Signature) && bytes.AsSpan().EndsWith(End);
    }

    /// <summary>A tiny, well-formed PNG (valid CRCs, one small IDAT) whose header claims <paramref name="width"/>×<paramref name="height"/> RGB pixels.</summary>
    public static byte[] Claiming(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // colour type: RGB; compression, filter and interlace stay 0

        using var idat = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[1 + (3 * 16)]); // one filtered scanline's worth of zeros: far less than the header promises
        }

        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", ihdr);
        WriteChunk(png, "IDAT", idat.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>CRC-32 as PNG chunks use it (ISO-HDLC: reflected polynomial 0xEDB88320, inverted in and out).</summary>
    public static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        png.Write(length);
        png.Write(typeAndData);
        png.Write(crc);
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
