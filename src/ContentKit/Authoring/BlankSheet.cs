using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ContentKit.Templates;

namespace ContentKit.Authoring;

/// <summary>
/// An Excel workbook to fill in for a template (<c>contentkit sheet</c>): its fields as headings, required ones bold,
/// coloured and marked <c>*</c>; each heading's help as a note; date columns formatted as dates and checked as dates,
/// text columns kept as typed and held to their most characters, number columns checked as numbers. A second sheet
/// explains the colours and lists the fields. Optionally with example rows, as <c>contentkit init</c> writes it.
/// Texts other than the template's own are in <see cref="CultureInfo.CurrentUICulture"/>'s language.
/// Stateless; safe to call from several threads.
/// </summary>
public static partial class BlankSheet
{
    /// <summary>The last row the columns' formats and checks reach: the whole sheet.</summary>
    private const int LastRow = 1_048_576;

    /// <summary>The heading of a field: its name, with <c>" *"</c> when it is required (<c>judul *</c> still reads as <c>judul</c>).</summary>
    public static string Heading(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Required ? field.Name + " *" : field.Name;
    }

    /// <summary>Writes the workbook for <paramref name="manifest"/> to <paramref name="path"/>, whole or not at all.</summary>
    /// <param name="manifest">The template whose fields become the columns.</param>
    /// <param name="path">The <c>.xlsx</c> file; an existing file is replaced.</param>
    /// <param name="rows">Example rows, values by field name: text, <see cref="double"/> or <see cref="DateTime"/>.</param>
    /// <exception cref="Output.OutputWriteException">The file cannot be written.</exception>
    public static void Write(TemplateManifest manifest, string path, IEnumerable<IReadOnlyDictionary<string, object?>>? rows = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var file = Path.GetFullPath(path);
        Output.AtomicFile.WriteAsync(file, (stream, cancellationToken) =>
        {
            // The package needs a stream it can seek in; the file is written in one go afterwards.
            using var buffer = new MemoryStream();
            Write(manifest, buffer, Path.GetFileName(file), rows);
            buffer.Position = 0;
            return buffer.CopyToAsync(stream, cancellationToken);
        }).GetAwaiter().GetResult();
    }

    /// <summary>Writes the workbook for <paramref name="manifest"/> into <paramref name="stream"/>.</summary>
    /// <param name="manifest">The template whose fields become the columns.</param>
    /// <param name="stream">A stream that can seek.</param>
    /// <param name="fileName">The file's name, for the command the instructions give.</param>
    /// <param name="rows">Example rows, values by field name: text, <see cref="double"/> or <see cref="DateTime"/>.</param>
    public static void Write(TemplateManifest manifest, Stream stream, string fileName, IEnumerable<IReadOnlyDictionary<string, object?>>? rows = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();

        var data = workbook.AddNewPart<WorksheetPart>();
        data.Worksheet = DataSheet(manifest, data, [.. rows ?? []]);
        var instructions = workbook.AddNewPart<WorksheetPart>();
        instructions.Worksheet = InstructionsSheet(manifest, fileName);

        // The data sheet comes first: ContentKit, like a person opening the file, reads the first sheet.
        workbook.Workbook.AppendChild(new Sheets(
            new Sheet { Id = workbook.GetIdOfPart(data), SheetId = 1, Name = SheetName(manifest.Id) },
            new Sheet { Id = workbook.GetIdOfPart(instructions), SheetId = 2, Name = Messages.Sheet_InstructionsName }));
    }

    /// <summary>The note on a field's heading: its help, whether it is required, its most characters and its default.</summary>
    public static string Note(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var parts = new List<string>();
        if (field.Help is { Length: > 0 } help)
        {
            parts.Add(help);
        }

        parts.Add(KindOf(field.Type));
        if (field.Required)
        {
            parts.Add(Messages.Sheet_Comment_Required);
        }

        if (field.MaxLength > 0)
        {
            parts.Add(Localized.Format(Messages.Sheet_Comment_MaxLength, field.MaxLength));
        }

        if (field.Default is { Length: > 0 } fallback)
        {
            parts.Add(Localized.Format(Messages.Sheet_Comment_Default, fallback));
        }

        return string.Join("\n", parts);
    }

    /// <summary>A cell reference such as <c>B1</c> from a one-based column and row.</summary>
    internal static string Reference(int column, int row)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static Worksheet DataSheet(TemplateManifest manifest, WorksheetPart part, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        var fields = manifest.Fields;
        var columns = new Columns(fields.Select((field, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = Width(field),
            CustomWidth = true,
            Style = WorkbookStyles.ForCells(field.Type),
        }));

        var sheetData = new SheetData(new Row(fields.Select((field, i) =>
            TextCell(i + 1, 1, Heading(field), field.Required ? WorkbookStyles.RequiredHeader : WorkbookStyles.Header))) { RowIndex = 1 });
        for (var r = 0; r < rows.Count; r++)
        {
            var rowIndex = r + 2;
            sheetData.Append(new Row(fields.Select((field, i) => ValueCell(i + 1, rowIndex, field, rows[r].GetValueOrDefault(field.Name))).OfType<Cell>()) { RowIndex = (uint)rowIndex });
        }

        var worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            columns,
            sheetData);
        if (Validations(fields) is { } validations)
        {
            worksheet.Append(validations);
        }

        worksheet.Append(CellNotes.Add(part, [.. fields.Select((field, i) => (i + 1, Note(field)))]));
        return worksheet;
    }

    private static Cell? ValueCell(int column, int row, FieldDefinition field, object? value) => value switch
    {
        null => null,
        DateTime date => new Cell { CellReference = Reference(column, row), StyleIndex = WorkbookStyles.Date, CellValue = new CellValue(date.ToOADate()) },
        double number => new Cell { CellReference = Reference(column, row), StyleIndex = WorkbookStyles.ForCells(field.Type), CellValue = new CellValue(number) },
        _ => TextCell(column, row, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", WorkbookStyles.ForCells(field.Type)),
    };

    private static Cell TextCell(int column, int row, string text, uint style) => new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    /// <summary>Columns wide enough for their heading and for what they usually hold, within reason.</summary>
    private static double Width(FieldDefinition field) => Math.Max(field.Name.Length + 4, field.Type switch
    {
        FieldType.Date => 13,
        FieldType.Number or FieldType.Color => 12,
        FieldType.Url or FieldType.Image => 30,
        _ => Math.Clamp(field.MaxLength == 0 ? 30 : field.MaxLength / 2, 16, 50),
    });

    /// <summary>A sheet name Excel accepts: at most 31 characters (template ids are letters, digits and hyphens already).</summary>
    private static string SheetName(string id) => id.Length <= 31 ? id : id[..31];
}
