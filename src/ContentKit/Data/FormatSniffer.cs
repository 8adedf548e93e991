using System.Buffers;
using System.Text;

namespace ContentKit.Data;

/// <summary>Tells a data format from a file's first bytes, for standard input and files with an unknown extension.</summary>
internal static class FormatSniffer
{
    private const int SampleBytes = 4096;

    // What text files are made of: printable bytes (UTF-8 and Windows-1252 alike), tab, line breaks and the DOS end-of-file mark.
    private static readonly SearchValues<byte> TextBytes = SearchValues.Create(
        [.. Enumerable.Range(0x20, 0x100 - 0x20).Select(b => (byte)b), (byte)'\t', (byte)'\n', 0x0B, 0x0C, (byte)'\r', 0x1A]);

    /// <summary>The format of the bytes at the stream's position, which is restored; <c>null</c> when they are not data.</summary>
    public static DataFormat? Sniff(Stream seekable)
    {
        var start = seekable.Position;
        var sample = new byte[SampleBytes];
        var length = seekable.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        seekable.Position = start;
        return Sniff(sample.AsSpan(0, length));
    }

    public static DataFormat? Sniff(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith("PK\x03\x04"u8))
        {
            return DataFormat.Xlsx;
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return DataFormat.Xls;
        }

        var text = AsText(sample);
        if (text is null)
        {
            return null;
        }

        var start = text.AsSpan().TrimStart();
        return start.Length > 0 && start[0] is '[' or '{' ? DataFormat.Json : DataFormat.Csv;
    }

    /// <summary>The sample as text, or <c>null</c> when it has bytes no text file has (PDF, images, executables).</summary>
    private static string? AsText(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(sample[2..]);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(sample[2..]);
        }

        if (TextEncodingDetector.Utf16WithoutMark(sample) is { } utf16)
        {
            return utf16.GetString(sample);
        }

        if (sample.StartsWith("%PDF"u8) || sample.IndexOfAnyExcept(TextBytes) >= 0)
        {
            return null;
        }

        // Only ASCII decides the format, so Latin-1 reads UTF-8 and Windows-1252 alike; a UTF-8 BOM is not whitespace.
        ReadOnlySpan<byte> utf8Bom = [0xEF, 0xBB, 0xBF];
        return Encoding.Latin1.GetString(sample.StartsWith(utf8Bom) ? sample[utf8Bom.Length..] : sample);
    }
}
