namespace ContentKit.Data;

/// <summary>How <see cref="DataReader"/> reads a data file.</summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record DataReadOptions
{
    /// <summary>The worksheet to read from an XLSX/XLS workbook, matched case-insensitively; <c>null</c> reads the first sheet.</summary>
    public string? SheetName { get; init; }

    /// <summary>The most data rows (not counting the header) a file may have; more is an error. Default 100 000.</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>The largest file, in bytes, that will be read; standard input is held in memory up to this size. Default 200 MB.</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>The longest text one cell may hold; a longer one stops the read. Default 32 767 characters, Excel's own limit.</summary>
    public int MaxCellCharacters { get; init; } = 32_767;

    /// <summary>
    /// The most cells a file may have: filled cells of CSV and JSON, cells an XLSX worksheet stores (styled empty ones
    /// too), and different texts an XLSX workbook stores. More stops the read. Default 5 000 000.
    /// </summary>
    public int MaxCells { get; init; } = 5_000_000;

    /// <summary>The most columns a row may fill; in JSON, the most different property names. More stops the read. Default 1 000.</summary>
    public int MaxColumns { get; init; } = 1_000;

    /// <summary>
    /// The most bytes an XLSX workbook may unpack to, all its parts together, checked against the sizes the zip declares
    /// before anything is unpacked and against the bytes actually unpacked. Default 256 MB.
    /// </summary>
    public long MaxInflatedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// The format to read. <c>null</c> (the default) chooses by the file's extension; for standard input and unknown
    /// extensions it looks at the first bytes: a zip (<c>PK\x03\x04</c>) is XLSX, a compound file (<c>D0 CF 11 E0</c>) is XLS,
    /// text whose first non-space character is <c>[</c> or <c>{</c> is JSON, other text is CSV, anything else is an error.
    /// </summary>
    public DataFormat? Format { get; init; }

    /// <summary>
    /// Columns to read under another name: field name → header as written in the file (matched by
    /// <see cref="ColumnKey.Normalize"/>, so case and spacing do not matter). A mapped column's values are keyed by the
    /// field name's <see cref="ColumnKey.Normalize"/> instead of its header's, and <see cref="DataSheet.Columns"/> shows the
    /// field name. Several fields may map to one column. A column whose own header means a mapped field name is left out,
    /// so the mapping decides which column a field reads. A header the file does not have is an error listing its headers.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ColumnMap { get; init; }
}
