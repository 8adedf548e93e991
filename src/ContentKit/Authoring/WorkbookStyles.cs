using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ContentKit.Authoring;

/// <summary>The cell styles of a blank sheet, by their index in the stylesheet's cell formats.</summary>
internal static class WorkbookStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint RequiredHeader = 2;
    public const uint Date = 3;

    /// <summary>Text kept as typed: a phone number's leading 0 or <c>08.00</c> is not turned into a number or a time.</summary>
    public const uint Text = 4;
    public const uint Number = 5;
    public const uint Wrapped = 6;

    /// <summary>The number format of date cells: day first, as Indonesian spreadsheets write dates.</summary>
    public const string DateFormat = "dd/mm/yyyy";

    private const uint DateFormatId = 164;

    // Number format ids built into every spreadsheet program: 0 General, 49 text (@).
    private const uint GeneralFormatId = 0;
    private const uint TextFormatId = 49;

    /// <summary>The fill that marks a required column's heading: a light tint of the brand's orange, legible with black bold text.</summary>
    private const string RequiredFill = "FFFCE4C4";

    public static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = DateFormat }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = RequiredFill }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(GeneralFormatId),
            Format(GeneralFormatId, fontId: 1),
            Format(GeneralFormatId, fontId: 1, fillId: 2),
            Format(DateFormatId),
            Format(TextFormatId),
            Format(GeneralFormatId),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = GeneralFormatId, FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true })
        { Count = 7 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Format(uint numberFormatId, uint fontId = 0, uint fillId = 0) => new()
    {
        NumberFormatId = numberFormatId,
        FontId = fontId,
        FillId = fillId,
        BorderId = 0,
        FormatId = 0,
        ApplyNumberFormat = numberFormatId != GeneralFormatId,
        ApplyFont = fontId != 0,
        ApplyFill = fillId != 0,
    };

    /// <summary>The style of a field's cells.</summary>
    public static uint ForCells(Templates.FieldType type) => type switch
    {
        Templates.FieldType.Date => Date,
        Templates.FieldType.Number => Number,
        _ => Text,
    };
}
