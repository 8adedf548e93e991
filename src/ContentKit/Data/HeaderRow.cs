using System.Globalization;

namespace ContentKit.Data;

/// <summary>The header row of a sheet: which column holds which <see cref="ColumnKey"/>.</summary>
internal sealed class HeaderRow
{
    private readonly SheetSource _source;
    private readonly int _rowNumber;
    private readonly string?[] _texts;

    // One key per header cell; empty where the header is blank or has no letters or digits.
    private readonly string[] _keys;

    // What each record holds, after DataReadOptions.ColumnMap.
    private readonly IReadOnlyList<HeaderField> _fields;

    public HeaderRow(SheetSource source, int rowNumber, IReadOnlyList<object?> cells, IReadOnlyDictionary<string, string>? columnMap)
    {
        _source = source;
        _rowNumber = rowNumber;
        _texts = [.. cells.Select(cell => cell is null ? null : Convert.ToString(cell, CultureInfo.InvariantCulture))];
        _keys = [.. _texts.Select(text => text is null ? string.Empty : ColumnKey.Normalize(text))];
        CheckForDuplicates();
        _fields = ColumnMapping.Apply(source, rowNumber, _texts, _keys, columnMap);
        Names = [.. _fields.Select(field => field.Name)];
    }

    /// <summary>The names the values go by, left to right: the headers as written without the blank ones, or mapped field names.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Maps a row's cleaned cells onto the header's keys.</summary>
    /// <param name="rowNumber">The row's number in the file.</param>
    /// <param name="cells">The row's cells, trimmed.</param>
    /// <param name="readerProblems">What the file's reader found wrong with the row.</param>
    public DataRecord CreateRecord(int rowNumber, object?[] cells, IReadOnlyList<string> readerProblems)
    {
        for (var i = 0; i < _keys.Length && i < cells.Length; i++)
        {
            if (_keys[i].Length == 0 && cells[i] is not null)
            {
                throw ValueUnderBlankHeader(i, rowNumber);
            }
        }

        var values = new Dictionary<string, object?>(_fields.Count);
        foreach (var field in _fields)
        {
            values[field.Key] = field.Column < cells.Length ? cells[field.Column] : null;
        }

        var width = Array.FindLastIndex(cells, cell => cell is not null) + 1;
        IReadOnlyList<string> problems = width > _keys.Length
            ? [.. readerProblems, $"row {rowNumber} has {width} cells but the header has {_keys.Length} columns; "
                + "put quotes around values that contain the delimiter, or add headers for the extra cells"]
            : readerProblems;
        return new DataRecord(_source.FileName, rowNumber, values, problems);
    }

    private void CheckForDuplicates()
    {
        var firstColumn = new Dictionary<string, int>();
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i].Length > 0 && !firstColumn.TryAdd(_keys[i], i))
            {
                var first = firstColumn[_keys[i]];
                throw new ContentKitException(
                    $"In {_source}, the headers '{_texts[first]}' in {Describe(first)} and '{_texts[i]}' in {Describe(i)} "
                    + $"both mean the column '{_keys[i]}'. Rename or delete one of them.",
                    new ErrorLocation(_source.FileName, _rowNumber, _texts[i]));
            }
        }
    }

    private ContentKitException ValueUnderBlankHeader(int column, int rowNumber)
    {
        var header = _texts[column] is null ? "no header" : $"the header '{_texts[column]}', which has no letters or digits,";
        return new ContentKitException(
            $"In {_source}, {Describe(column)} has {header} in row {_rowNumber}, but row {rowNumber} has a value in it. "
            + $"Type a column name into cell {Letter(column)}{_rowNumber}, or delete the values in column {Letter(column)}.",
            new ErrorLocation(_source.FileName, rowNumber, Letter(column)));
    }

    private static string Describe(int column) => $"column {column + 1} ({Letter(column)})";

    private static string Letter(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
