namespace ContentKit.Data;

/// <summary>
/// One data row. Cell values are <see cref="string"/> (trimmed), <see cref="double"/>, <see cref="DateTime"/>
/// or <see cref="bool"/>, and <c>null</c> for an empty cell. CSV cells are always text or <c>null</c>, JSON values
/// are never dates; use <see cref="CellParser"/> to read numbers and dates from text.
/// </summary>
/// <remarks>Immutable once read: safe to share between threads.</remarks>
public sealed class DataRecord
{
    private readonly string _sourcePath;
    private readonly Dictionary<string, object?> _values;

    internal DataRecord(string sourcePath, int rowNumber, Dictionary<string, object?> values, IReadOnlyList<ContentKitException> issues)
    {
        _sourcePath = sourcePath;
        _values = values;
        RowNumber = rowNumber;
        Issues = issues;
        Problems = [.. issues.Select(issue => issue.Message)];
    }

    /// <summary>
    /// The row number a spreadsheet program shows for this row (a header in the first row is row 1), counting empty and
    /// hidden rows. In JSON the property names count as row 1, so the first object is row 2.
    /// </summary>
    public int RowNumber { get; }

    /// <summary>The cell values keyed by <see cref="ColumnKey.Normalize"/> of their header, in column order.</summary>
    public IReadOnlyDictionary<string, object?> Values => _values;

    /// <summary>
    /// What is wrong with this row that did not stop it being read, such as more cells than the header has
    /// columns. A batch should fail this row alone when the list is not empty.
    /// </summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary><see cref="Problems"/> as errors without a location, each with its fix apart.</summary>
    internal IReadOnlyList<ContentKitException> Issues { get; }

    /// <summary>The value in <paramref name="column"/>, matched forgivingly by <see cref="ColumnKey.Normalize"/>.</summary>
    /// <param name="column">A header or column key, such as <c>Judul Acara</c> or <c>judul_acara</c>.</param>
    /// <exception cref="ContentKitException">The sheet has no such column.</exception>
    public object? this[string column] => TryGetValue(column, out var value)
        ? value
        : throw new ContentKitException(
            Localized.Format(Messages.Record_NoColumn, column, string.Join(", ", _values.Keys)),
            new ErrorLocation(_sourcePath, RowNumber, column));

    /// <summary>Looks up <paramref name="column"/> forgivingly by <see cref="ColumnKey.Normalize"/>.</summary>
    /// <param name="column">A header or column key.</param>
    /// <param name="value">The cell value; <c>null</c> for an empty cell.</param>
    /// <returns><c>true</c> when the sheet has the column, even if this row's cell is empty.</returns>
    public bool TryGetValue(string column, out object? value) => _values.TryGetValue(ColumnKey.Normalize(column), out value);
}
