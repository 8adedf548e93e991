namespace ContentKit.Data;

/// <summary>Reads a CSV, TSV or delimited TXT file into a <see cref="DataSheet"/>; every cell is text or <c>null</c>.</summary>
internal static class CsvSheetReader
{
    public static DataSheet Read(Stream stream, string fileName, DataReadOptions options)
    {
        // A byte-order mark (UTF-8 or UTF-16) wins over the detected encoding.
        using var text = new StreamReader(stream, TextEncodingDetector.Detect(stream), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var records = new CsvRecordReader(text, fileName, options.MaxCellCharacters);
        var sheet = new SheetBuilder(new SheetSource(fileName, null), options);
        var cells = new List<string>();
        while (records.TryRead(cells))
        {
            sheet.Add(records.RecordNumber, cells);
        }

        return sheet.Build();
    }
}
