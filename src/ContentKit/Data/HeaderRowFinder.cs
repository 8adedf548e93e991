namespace ContentKit.Data;

/// <summary>
/// Finds a worksheet's header below a title block (a merged title in row 1, a source line, blank rows): among the
/// first <see cref="SearchedRows"/> non-empty rows, the first that has at least two text cells and at least half as
/// many filled cells as the fullest of those rows. When none has two text cells (one column, or years as headers),
/// the first row at least half as full as the fullest is the header.
/// </summary>
internal static class HeaderRowFinder
{
    /// <summary>How many non-empty rows may hold the title block and the header.</summary>
    public const int SearchedRows = 20;

    /// <summary>The index of the header in <paramref name="rows"/>: non-empty, cleaned rows in sheet order.</summary>
    public static int Find(IReadOnlyList<object?[]> rows)
    {
        var fullest = rows.Max(Filled);
        bool FullEnough(object?[] row) => 2 * Filled(row) >= fullest;

        var header = IndexOf(rows, row => FullEnough(row) && row.Count(cell => cell is string) >= 2);
        return header >= 0 ? header : IndexOf(rows, FullEnough);
    }

    private static int Filled(object?[] row) => row.Count(cell => cell is not null);

    private static int IndexOf(IReadOnlyList<object?[]> rows, Func<object?[], bool> match)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (match(rows[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
