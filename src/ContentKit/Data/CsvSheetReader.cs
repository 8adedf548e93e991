using System.Text;

namespace ContentKit.Data;

/// <summary>Reads a CSV, TSV or delimited TXT file into a <see cref="DataSheet"/>; every cell is text or <c>null</c>.</summary>
internal static class CsvSheetReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // What Excel's plain "CSV" (not "CSV UTF-8") writes on Indonesian and English Windows.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static DataSheet Read(Stream stream, string fileName, DataReadOptions options)
    {
        // A byte-order mark (UTF-8 or UTF-16) wins over the detected encoding.
        using var text = new StreamReader(stream, DetectEncoding(stream), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var records = new CsvRecordReader(text, fileName);
        var sheet = new SheetBuilder(new SheetSource(fileName, null), options);
        var cells = new List<string>();
        while (records.TryRead(cells))
        {
            sheet.Add(records.RecordNumber, cells);
        }

        return sheet.Build();
    }

    /// <summary>UTF-8 when every byte of the stream is valid UTF-8, otherwise Windows-1252; the stream is rewound.</summary>
    private static Encoding DetectEncoding(Stream stream)
    {
        var start = stream.Position;
        try
        {
            var decoder = StrictUtf8.GetDecoder();
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(buffer)) > 0)
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
            stream.Position = start;
        }
    }
}
