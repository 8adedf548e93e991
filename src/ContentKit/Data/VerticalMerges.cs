using ExcelDataReader;

namespace ContentKit.Data;

/// <summary>
/// Copies the value of a merged cell that spans several rows into every row it covers, so a "Kecamatan" merged over
/// three villages applies to all three. Excel keeps the value only in the range's top-left cell; the copy goes into the
/// range's first column. Ranges one row tall (a title over the table's width) are left alone: their value stays in
/// their first column, so a merged title still counts as one cell when the header is looked for.
/// </summary>
internal sealed class VerticalMerges
{
    // Sorted by first row; _next is the first range not yet reached.
    private readonly CellRange[] _ranges;
    private readonly List<(CellRange Range, object? Value)> _open = [];
    private int _next;

    public VerticalMerges(CellRange[]? ranges) =>
        _ranges = [.. (ranges ?? []).Where(range => range.ToRow > range.FromRow).OrderBy(range => range.FromRow)];

    /// <summary>Fills the cells of sheet row <paramref name="row"/> (from 0) that merged ranges from rows above cover.</summary>
    /// <param name="row">The row's index from 0; rows arrive in order, hidden ones too.</param>
    /// <param name="cells">The row's values, changed in place.</param>
    public void Fill(int row, object?[] cells)
    {
        _open.RemoveAll(open => open.Range.ToRow < row);
        foreach (var (range, value) in _open)
        {
            if (range.FromColumn < cells.Length)
            {
                cells[range.FromColumn] ??= value;
            }
        }

        for (; _next < _ranges.Length && _ranges[_next].FromRow <= row; _next++)
        {
            var range = _ranges[_next];
            if (range.FromRow == row)
            {
                _open.Add((range, range.FromColumn < cells.Length ? cells[range.FromColumn] : null));
            }
        }
    }
}
