using System.Text;

namespace ContentKit.Data;

/// <summary>Chooses the encoding of a text file that has no byte-order mark: UTF-8 when it is valid UTF-8, else Windows-1252.</summary>
internal static class TextEncodingDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // What Excel's plain "CSV" (not "CSV UTF-8") and Notepad's "ANSI" write on Indonesian and English Windows.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>UTF-8 when every byte from the stream's position on is valid UTF-8, otherwise Windows-1252; the stream is rewound.</summary>
    public static Encoding Detect(Stream seekable)
    {
        var start = seekable.Position;
        try
        {
            var decoder = StrictUtf8.GetDecoder();
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = seekable.Read(buffer)) > 0)
            {
                decoder.GetCharCount(buffer.AsSpan(0, read), flush: false);
            }

            decoder.GetCharCount([], flush: true);
            return Encoding.UTF8;
        }
        catch (DecoderFallbackException)
        {
            return Windows1252;
        }
        finally
        {
            seekable.Position = start;
        }
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
}
