using System.Buffers;
using System.Text;

namespace ContentKit.Data;

/// <summary>
/// Chooses the encoding of a text file that has no byte-order mark. UTF-16 is told by its zero bytes; otherwise the file
/// is UTF-8 unless it has more bytes that are not UTF-8 than characters that are (what Windows-1252 text looks like).
/// One stray byte in a UTF-8 file does not turn every <c>é</c> into <c>Ã©</c>: it is read as U+FFFD, which binding
/// reports at its row and column (see <see cref="CellCharacters"/>).
/// </summary>
internal static class TextEncodingDetector
{
    private const int SampleBytes = 4096;

    // What Excel's plain "CSV" (not "CSV UTF-8") and Notepad's "ANSI" write on Indonesian and English Windows.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The encoding of the bytes from the stream's position on; the stream is rewound.</summary>
    public static Encoding Detect(Stream seekable)
    {
        var start = seekable.Position;
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var length = seekable.ReadAtLeast(buffer.AsSpan(0, SampleBytes), SampleBytes, throwOnEndOfStream: false);
            if (Utf16WithoutMark(buffer.AsSpan(0, length)) is { } utf16)
            {
                return utf16;
            }

            var (valid, invalid) = (0L, 0L);
            var carried = length;
            int read;
            do
            {
                read = seekable.Read(buffer, carried, buffer.Length - carried);
                carried = Count(buffer.AsSpan(0, carried + read), final: read == 0, ref valid, ref invalid);
            }
            while (read > 0);

            return invalid > valid ? Windows1252 : Encoding.UTF8;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            seekable.Position = start;
        }
    }

    /// <summary>
    /// UTF-16 (little- or big-endian) when the sample is text saved as UTF-16 without a byte-order mark: most of the
    /// high bytes of its characters are zero (Latin text) and almost none of the low ones are; <c>null</c> otherwise.
    /// </summary>
    public static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> sample)
    {
        var pairs = sample.Length / 2;
        if (pairs < 2)
        {
            return null;
        }

        var (evenZeros, oddZeros) = (0, 0);
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        return oddZeros * 2 > pairs && evenZeros * 20 < pairs ? Encoding.Unicode
            : evenZeros * 2 > pairs && oddZeros * 20 < pairs ? Encoding.BigEndianUnicode
            : null;
    }

    /// <summary>Whether the stream starts with a UTF-16 byte-order mark; the position is restored.</summary>
    public static bool StartsWithUtf16Mark(Stream seekable)
    {
        var start = seekable.Position;
        Span<byte> mark = stackalloc byte[2];
        var read = seekable.ReadAtLeast(mark, mark.Length, throwOnEndOfStream: false);
        seekable.Position = start;
        return read == 2 && (mark.SequenceEqual((ReadOnlySpan<byte>)[0xFF, 0xFE]) || mark.SequenceEqual((ReadOnlySpan<byte>)[0xFE, 0xFF]));
    }

    /// <summary>
    /// Counts the multi-byte UTF-8 characters and the invalid bytes in <paramref name="bytes"/>; an incomplete character
    /// at the end is moved to the start of the buffer for the next read, and its length returned.
    /// </summary>
    private static int Count(Span<byte> bytes, bool final, ref long valid, ref long invalid)
    {
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var ascii = rest.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (ascii < 0)
            {
                return 0;
            }

            rest = rest[ascii..];
            var status = System.Text.Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (status == OperationStatus.NeedMoreData && !final)
            {
                rest.CopyTo(bytes);
                return rest.Length;
            }

            if (status == OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
            }

            rest = rest[Math.Max(consumed, 1)..];
        }

        return 0;
    }
}
