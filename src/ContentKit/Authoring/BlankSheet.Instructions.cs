using DocumentFormat.OpenXml.Spreadsheet;
using ContentKit.Templates;

namespace ContentKit.Authoring;

public static partial class BlankSheet
{
    /// <summary>What a field holds, in words, with an example where the form matters.</summary>
    public static string KindOf(FieldType type) => type switch
    {
        FieldType.Number => Messages.Sheet_Type_Number,
        FieldType.Date => Messages.Sheet_Type_Date,
        FieldType.Image => Messages.Sheet_Type_Image,
        FieldType.Color => Messages.Sheet_Type_Color,
        FieldType.Url => Messages.Sheet_Type_Url,
        FieldType.List => Messages.Sheet_Type_List,
        _ => Messages.Sheet_Type_Text,
    };

    /// <summary>The second sheet: what the colours and stars mean, the command to run, and every field in a table.</summary>
    private static Worksheet InstructionsSheet(TemplateManifest manifest, string fileName)
    {
        var rows = new List<Row>();
        void Line(params (string Text, uint Style)[] cells) =>
            rows.Add(new Row(cells.Select((cell, i) => TextCell(i + 1, rows.Count + 1, cell.Text, cell.Style))) { RowIndex = (uint)(rows.Count + 1) });

        Line((Localized.Format(Messages.Sheet_Title, manifest.Title, manifest.Id), WorkbookStyles.Header));
        if (manifest.Description.Length > 0)
        {
            Line((manifest.Description, WorkbookStyles.Default));
        }

        Line((Messages.Sheet_Legend, WorkbookStyles.Default));
        var command = $"contentkit render --data {(fileName.Contains(' ', StringComparison.Ordinal) ? $"\"{fileName}\"" : fileName)} --template {manifest.Id}";
        Line((Localized.Format(Messages.Sheet_Render, command), WorkbookStyles.Default));
        Line();
        Line(
            (Messages.Sheet_Column, WorkbookStyles.Header),
            (Messages.Sheet_Required, WorkbookStyles.Header),
            (Messages.Sheet_Kind, WorkbookStyles.Header),
            (Messages.Sheet_MaxLength, WorkbookStyles.Header),
            (Messages.Sheet_Help, WorkbookStyles.Header));
        foreach (var field in manifest.Fields)
        {
            Line(
                (Heading(field), field.Required ? WorkbookStyles.RequiredHeader : WorkbookStyles.Default),
                (field.Required ? Messages.Sheet_Yes : "", WorkbookStyles.Default),
                (KindOf(field.Type), WorkbookStyles.Wrapped),
                (field.MaxLength > 0 ? field.MaxLength.ToString(System.Globalization.CultureInfo.CurrentUICulture) : "", WorkbookStyles.Default),
                (field.Help ?? "", WorkbookStyles.Wrapped));
        }

        return new Worksheet(
            new Columns(
                new Column { Min = 1, Max = 1, Width = 20, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 9, CustomWidth = true },
                new Column { Min = 3, Max = 3, Width = 34, CustomWidth = true },
                new Column { Min = 4, Max = 4, Width = 12, CustomWidth = true },
                new Column { Min = 5, Max = 5, Width = 70, CustomWidth = true }),
            new SheetData(rows));
    }
}
