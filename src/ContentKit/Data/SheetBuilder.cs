namespace ContentKit.Data;

/// <summary>
/// Turns the rows a CSV or Excel reader produces into a <see cref="DataSheet"/>: the first non-empty row is
/// the header, empty rows are skipped, text is trimmed and empty text becomes <c>null</c>.
/// </summary>
internal sealed class SheetBuilder(SheetSource source, DataReadOptions options)
{
    private readonly List<DataRecord> _rows = [];
    private HeaderRow? _header;

    /// <summary>Adds the row spreadsheet programs show as <paramref name="rowNumber"/>.</summary>
    public void Add(int rowNumber, IReadOnlyList<object?> cells)
    {
        var values = new object?[cells.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = cells[i] is string text ? TrimToNull(text) : cells[i];
        }

        if (Array.TrueForAll(values, value => value is null))
        {
            return;
        }

        if (_header is null)
        {
            _header = new HeaderRow(source, rowNumber, values);
            return;
        }

        if (_rows.Count == options.MaxRows)
        {
            throw new ContentKitException(
                $"There are more than {options.MaxRows} data rows in {source}. Split it into smaller files, or raise DataReadOptions.MaxRows.",
                new ErrorLocation(source.FileName, rowNumber));
        }

        _rows.Add(_header.CreateRecord(rowNumber, values));
    }

    /// <summary>The sheet read so far; an error when not even a header row was found.</summary>
    public DataSheet Build() => _header is null ? throw source.Empty() : new DataSheet(source.FileName, _header.Names, _rows);

    private static string? TrimToNull(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
