namespace ContentKit.Data;

/// <summary>How <see cref="DataReader"/> reads a data file.</summary>
public sealed record DataReadOptions
{
    /// <summary>The worksheet to read from an XLSX/XLS workbook, matched case-insensitively; <c>null</c> reads the first sheet.</summary>
    public string? SheetName { get; init; }

    /// <summary>The most data rows (not counting the header) a file may have; more is an error. Default 100 000.</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>The largest file, in bytes, that will be read. Default 200 MB.</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;
}
