namespace ContentKit.Data;

/// <summary>A data format <see cref="DataReader"/> reads; see <see cref="DataReadOptions.Format"/>.</summary>
public enum DataFormat
{
    /// <summary>Delimited text (CSV, TSV, TXT); the delimiter and the encoding are detected.</summary>
    Csv,

    /// <summary>A JSON array of objects, one object per row: <c>[{"judul": "Rapat", "jumlah": 12}, …]</c>.</summary>
    Json,

    /// <summary>An Excel workbook (<c>.xlsx</c>, <c>.xlsm</c>).</summary>
    Xlsx,

    /// <summary>A legacy Excel 97–2003 workbook (<c>.xls</c>). Either Excel format reads both: the workbook's bytes tell them apart.</summary>
    Xls,
}
