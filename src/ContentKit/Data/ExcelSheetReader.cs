using System.Globalization;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace ContentKit.Data;

/// <summary>
/// Reads one worksheet of an XLSX, XLSM or legacy XLS workbook into a <see cref="DataSheet"/>: the header may sit below
/// a title block (see <see cref="HeaderRowFinder"/>), hidden rows are left out, merged cells spanning rows fill every row
/// they cover (see <see cref="VerticalMerges"/>), and formulas give their cached values.
/// </summary>
internal static class ExcelSheetReader
{
    // ExcelDataReader decodes legacy .xls text with Encoding.GetEncoding(codepage), which knows the Windows
    // code pages only once this provider is registered. Registering is process-wide and idempotent.
    static ExcelSheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DataSheet Read(Stream stream, string fileName, DataReadOptions options)
    {
        var name = Path.GetFileName(fileName);
        try
        {
            if (FormatSniffer.Sniff(stream) == DataFormat.Xlsx)
            {
                XlsxInspector.Check(stream, fileName, options);
            }

            using var reader = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
            var source = new SheetSource(fileName, MoveToSheet(reader, fileName, options.SheetName));
            var sheet = new SheetBuilder(source, options, headerMayFollowTitle: true);
            var merges = new VerticalMerges(reader.MergeCells);
            while (reader.Read())
            {
                // Formula cells give the value Excel cached when it last saved the file.
                var cells = new object?[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = Cell(reader.GetValue(i));
                }

                // Depth counts every sheet row, empty and hidden ones included, from 0. A hidden row still
                // lends its value to the merged cells below it, as Excel shows them.
                merges.Fill(reader.Depth, cells);
                if (!IsHidden(reader))
                {
                    sheet.Add(reader.Depth + 1, cells);
                }
            }

            return sheet.Build();
        }
        catch (InvalidPasswordException ex)
        {
            throw new ContentKitException(
                Localized.Format(Messages.Excel_Password, name),
                new ErrorLocation(fileName),
                ex);
        }

        // ExcelDataReader reports a damaged file with whatever its parser hits first (InvalidDataException from the zip,
        // ArgumentException from a short compound header, XmlException, ...). Our own errors pass through.
        catch (Exception ex) when (ex is not (ContentKitException or OutOfMemoryException))
        {
            throw new ContentKitException(
                Localized.Format(Messages.Excel_Damaged, name, ex.Message),
                new ErrorLocation(fileName),
                ex);
        }
    }

    /// <summary>Moves to the sheet named <paramref name="wanted"/>, or stays on the first; returns the sheet's name.</summary>
    private static string MoveToSheet(IExcelDataReader reader, string fileName, string? wanted)
    {
        if (wanted is null)
        {
            return reader.Name;
        }

        var names = new List<string>();
        do
        {
            if (string.Equals(reader.Name, wanted.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return reader.Name;
            }

            names.Add($"'{reader.Name}'");
        }
        while (reader.NextResult());

        throw new ContentKitException(
            Localized.Format(Messages.Excel_NoSheet, Path.GetFileName(fileName), wanted, string.Join(", ", names)),
            new ErrorLocation(fileName));
    }

    // ExcelDataReader reports a hidden row (XLSX hidden="1", XLS fDyZero) as zero points tall; so does Excel a row dragged to nothing.
    private static bool IsHidden(IExcelDataReader reader) => reader.RowHeight <= 0;

    private static object? Cell(object? value) => value switch
    {
        null or string or double or bool => value,
        DateTime date => DateTime.SpecifyKind(date, DateTimeKind.Unspecified),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
