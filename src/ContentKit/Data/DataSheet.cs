namespace ContentKit.Data;

/// <summary>The rows of one CSV file, worksheet or JSON array, under its header row.</summary>
/// <remarks>Immutable once read: safe to share between threads.</remarks>
public sealed class DataSheet
{
    internal DataSheet(string sourcePath, IReadOnlyList<string> columns, IReadOnlyList<DataRecord> rows)
    {
        SourcePath = sourcePath;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The file the rows were read from, as it was given to <see cref="DataReader"/>.</summary>
    public string SourcePath { get; }

    /// <summary>
    /// The column headers as written (trimmed), left to right, or the field names <see cref="DataReadOptions.ColumnMap"/>
    /// gives them; columns with a blank header and no data are left out. Their <see cref="ColumnKey.Normalize"/> forms
    /// are the keys of every row's <see cref="DataRecord.Values"/>, in the same order.
    /// </summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The data rows in file order; empty rows, hidden worksheet rows and a worksheet's title rows above the header are left out.</summary>
    public IReadOnlyList<DataRecord> Rows { get; }
}
