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
    public DataRecord CreateRecord(int rowNumber, object?[] cells, IReadOnlyList<ContentKitException> readerProblems)
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
        IReadOnlyList<ContentKitException> problems = width > _keys.Length
            ? [.. readerProblems, ContentKitException.WithFix(Localized.Format(Messages.Header_ExtraCells, rowNumber, width, _keys.Length), Messages.Header_ExtraCells_Fix)]
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
                    Localized.Format(Messages.Header_Duplicate, _source, _texts[first], Describe(first), _texts[i], Describe(i), _keys[i]),
                    new ErrorLocation(_source.FileName, _rowNumber, _texts[i]));
            }
        }
    }

    private ContentKitException ValueUnderBlankHeader(int column, int rowNumber)
    {
        var message = _texts[column] is { } header
            ? Localized.Format(Messages.Header_ValueUnderSymbols, _source, Describe(column), _rowNumber, rowNumber, Letter(column), header)
            : Localized.Format(Messages.Header_ValueUnderBlank, _source, Describe(column), _rowNumber, rowNumber, Letter(column));
        return new ContentKitException(
            message,
            new ErrorLocation(_source.FileName, rowNumber, Letter(column)));
    }

    private static string Describe(int column) => Localized.Format(Messages.Header_ColumnNumber, column + 1, Letter(column));

    /// <summary>The column's letters as Excel shows them: 0 is A, 26 is AA.</summary>
    public static string Letter(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
