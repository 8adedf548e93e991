using ContentKit.Batch;
using ContentKit.Data;

namespace ContentKit.Cli.Commands;

/// <summary><c>--rows</c> that selects no row of the sheet is a mistake to point out, not an empty batch that exits 0.</summary>
internal static class RowsCheck
{
    public static void ThrowIfNoneSelected(DataSheet sheet, RowSelection? selection, string? text)
    {
        if (selection is null || text is null || sheet.Rows.Any(record => selection.Contains(record.RowNumber)))
        {
            return;
        }

        var file = Path.GetFileName(sheet.SourcePath);
        throw new ContentKitException(sheet.Rows.Count == 0
            ? Localized.Format(CliMessages.Rows_SheetEmpty, text, file)
            : Localized.Format(CliMessages.Rows_NoneInSheet, text, file, sheet.Rows.Min(r => r.RowNumber), sheet.Rows.Max(r => r.RowNumber)));
    }
}
