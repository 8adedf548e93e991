namespace ContentKit.Data;

/// <summary>
/// Turns the rows a CSV, Excel or JSON reader produces into a <see cref="DataSheet"/>: empty rows are skipped, text is
/// trimmed and empty text becomes <c>null</c>, and the cell, column and text-length limits of <see cref="DataReadOptions"/>
/// are enforced. The header is the first non-empty row, or for worksheets the row <see cref="HeaderRowFinder"/> finds
/// below a title block; rows above it are left out.
/// </summary>
internal sealed class SheetBuilder(SheetSource source, DataReadOptions options, bool headerMayFollowTitle = false)
{
    private readonly List<DataRecord> _rows = [];

    // Non-empty rows held back until the header is known.
    private readonly List<PendingRow> _pending = [];
    private HeaderRow? _header;
    private long _cells;

    /// <summary>Adds the row spreadsheet programs show as <paramref name="rowNumber"/>.</summary>
    /// <param name="rowNumber">The row's number in the file.</param>
    /// <param name="cells">The row's cells, left to right.</param>
    /// <param name="problems">What the reader found wrong with the row; such a row is kept even when it is empty.</param>
    /// <exception cref="ContentKitException">The row passes one of the limits of <see cref="DataReadOptions"/>.</exception>
    public void Add(int rowNumber, IReadOnlyList<object?> cells, IReadOnlyList<ContentKitException>? problems = null)
    {
        var values = Clean(rowNumber, cells);
        problems ??= [];
        if (Array.TrueForAll(values, value => value is null) && problems.Count == 0)
        {
            return;
        }

        var row = new PendingRow(rowNumber, values, problems);
        if (_header is not null)
        {
            AddRecord(_header, row);
            return;
        }

        _pending.Add(row);
        if (!headerMayFollowTitle || _pending.Count == HeaderRowFinder.SearchedRows)
        {
            ChooseHeader();
        }
    }

    /// <summary>The sheet read so far; an error when not even a header row was found.</summary>
    public DataSheet Build()
    {
        if (_header is null && _pending.Count > 0)
        {
            ChooseHeader();
        }

        return _header is null ? throw source.Empty() : new DataSheet(source.FileName, _header.Names, _rows);
    }

    private void ChooseHeader()
    {
        var index = headerMayFollowTitle ? HeaderRowFinder.Find([.. _pending.Select(row => row.Values)]) : 0;
        var header = new HeaderRow(source, _pending[index].RowNumber, _pending[index].Values, options.ColumnMap);
        _header = header;
        foreach (var row in _pending.Skip(index + 1))
        {
            AddRecord(header, row);
        }

        _pending.Clear();
    }

    private void AddRecord(HeaderRow header, PendingRow row)
    {
        if (_rows.Count == options.MaxRows)
        {
            throw new ContentKitException(
                Localized.Format(Messages.Sheet_TooManyRows, options.MaxRows, source),
                new ErrorLocation(source.FileName, row.RowNumber));
        }

        _rows.Add(header.CreateRecord(row.RowNumber, row.Values, row.Problems));
    }

    /// <summary>The row's cells trimmed, empty text as <c>null</c>, the limits checked; a row wider than the column limit loses its empty end.</summary>
    private object?[] Clean(int rowNumber, IReadOnlyList<object?> cells)
    {
        var width = 0;
        var filled = 0;
        var values = new object?[cells.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (cells[i] is string { Length: var length } && length > options.MaxCellCharacters)
            {
                throw ReadLimits.CellTooLong(source, rowNumber, i, options.MaxCellCharacters);
            }

            values[i] = cells[i] is string text ? TrimToNull(text) : cells[i];
            if (values[i] is not null)
            {
                width = i + 1;
                filled++;
            }
        }

        if (width > options.MaxColumns)
        {
            throw ReadLimits.TooManyColumns(source, rowNumber, options.MaxColumns);
        }

        _cells += filled;
        if (_cells > options.MaxCells)
        {
            throw ReadLimits.TooManyCells(source, rowNumber, options.MaxCells);
        }

        // A worksheet row formatted to its last column would otherwise keep 16 384 cells, nearly all empty.
        return values.Length > options.MaxColumns ? values[..width] : values;
    }

    private static string? TrimToNull(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private sealed record PendingRow(int RowNumber, object?[] Values, IReadOnlyList<ContentKitException> Problems);
}
