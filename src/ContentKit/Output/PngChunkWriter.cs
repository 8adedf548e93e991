using System.Buffers.Binary;

namespace ContentKit.Output;

/// <summary>Writes PNG chunks: a big-endian length, the four-letter type, the data and the CRC of type and data.</summary>
internal static class PngChunkWriter
{
    public static void Write(Stream destination, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        destination.Write(word);
        destination.Write(type);
        destination.Write(data);
        var crc = Crc32.Update(Crc32.Update(0xFFFFFFFF, type), data) ^ 0xFFFFFFFF;
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        destination.Write(word);
    }
}
