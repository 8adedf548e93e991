using System.Globalization;
using ContentKit.Data;
using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>
/// Checks a spreadsheet against a template without rendering or writing anything: the requested formats,
/// the required columns, every row's values and images (as <see cref="Renderer.Bind(DataRecord, string?)"/>
/// does before a render), characters no bundled font can draw, and photos too small for the output.
/// Every problem is listed with its row and column, so one pass over the list fixes the sheet.
/// </summary>
public static class SheetValidator
{
    private const int ValueLength = 60;

    /// <summary>Fields whose text is drawn as it is written; numbers, dates, colours and images are formatted or decoded instead.</summary>
    private static readonly FieldType[] DrawnAsWritten = [FieldType.Text, FieldType.List, FieldType.Url];

    /// <summary>Lists what must be fixed before <paramref name="sheet"/> renders cleanly; an empty list means it will.</summary>
    /// <param name="renderer">The renderer a batch would use: its template, brand fonts and data folder.</param>
    /// <param name="sheet">The rows to check.</param>
    /// <param name="formats">The format names a render would ask for; none means the template's first, as in a batch.</param>
    /// <returns>Problems with the whole sheet first (<see cref="ValidationProblem.Row"/> null), then each row's, in sheet and field order.</returns>
    public static IReadOnlyList<ValidationProblem> Validate(Renderer renderer, DataSheet sheet, IEnumerable<string> formats)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(formats);

        var template = renderer.Template;
        var problems = new List<ValidationProblem>();
        var widest = WidestFormat(template, [.. formats], problems);
        var missingColumns = MissingColumns(template, sheet, problems);
        if (sheet.Rows.Count == 0)
        {
            problems.Add(ValidationMessages.NoRows());
        }

        var file = Path.GetFileName(sheet.SourcePath);
        foreach (var record in sheet.Rows)
        {
            // A missing column is told once for the sheet, not again as an empty value on every row.
            var rowProblems = CheckRow(renderer, record, file, widest).Where(p => p.Column is null || !missingColumns.Contains(p.Column));
            problems.AddRange(rowProblems.OrderBy(p => FieldIndex(template.Manifest, p.Column)));
        }

        return problems;
    }

    /// <summary>The widest requested format that exists (photos must suit it); unknown names are problems.</summary>
    private static OutputFormat WidestFormat(Template template, IReadOnlyList<string> names, List<ValidationProblem> problems)
    {
        var found = new List<OutputFormat>();
        foreach (var name in names)
        {
            if (template.Manifest.Formats.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } format)
            {
                found.Add(format);
            }
            else
            {
                problems.Add(ValidationMessages.UnknownFormat(template, name));
            }
        }

        return found.Count == 0 ? template.Manifest.Formats[0] : found.MaxBy(f => f.Width)!;
    }

    /// <summary>The same rule a batch enforces before it starts: a required field without a default needs a column.</summary>
    private static HashSet<string> MissingColumns(Template template, DataSheet sheet, List<ValidationProblem> problems)
    {
        var columns = sheet.Columns.Select(ColumnKey.Normalize).ToHashSet(StringComparer.Ordinal);
        var missing = template.Manifest.Fields
            .Where(f => f.Required && f.Default is null && !columns.Contains(ColumnKey.Normalize(f.Name)))
            .Select(f => f.Name)
            .ToHashSet(StringComparer.Ordinal);
        problems.AddRange(missing.Select(field => ValidationMessages.MissingColumn(template, field, sheet.Columns)));
        return missing;
    }

    private static IEnumerable<ValidationProblem> CheckRow(Renderer renderer, DataRecord record, string file, OutputFormat widest)
    {
        var fields = renderer.Template.Manifest.Fields;
        var culture = renderer.Options.Culture;

        // Bind reports the row's own reading problems (DataRecord.Problems, such as too many cells) with its field errors.
        var row = Bind(renderer, record, file);
        foreach (var error in row.Errors)
        {
            var column = error.Location.Column;
            var (message, hint) = ValidationMessages.Split(error);
            var value = column is null ? null : Cell(record, column, culture);
            var type = fields.FirstOrDefault(f => f.Name == column)?.Type;
            yield return new ValidationProblem(record.RowNumber, column, value, message, hint ?? ValidationMessages.FallbackHint(type, column));
        }

        var failed = row.Errors.Select(e => e.Location.Column).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var field in fields.Where(f => DrawnAsWritten.Contains(f.Type)))
        {
            if (record.TryGetValue(field.Name, out var cell) && cell is string text && renderer.MissingCharacters(text) is { Count: > 0 } missing)
            {
                yield return ValidationMessages.MissingCharacters(record.RowNumber, field.Name, Shorten(text), missing);
            }
        }

        foreach (var field in fields.Where(f => f.Type == FieldType.Image && !failed.Contains(f.Name)))
        {
            if (row.Values.GetValueOrDefault(field.Name) is not string reference || PhotoFile(renderer, reference) is not { } photo || DrawnWidth(photo) is not { } width)
            {
                continue;
            }

            if (width * 2 < widest.Width)
            {
                yield return ValidationMessages.SmallImage(record.RowNumber, field.Name, Cell(record, field.Name, culture) ?? reference, width, widest);
            }
        }
    }

    /// <summary>The file behind a bound image value (<c>data:foto/a.jpg</c>), which binding has already confined to the data folder.</summary>
    private static string? PhotoFile(Renderer renderer, string reference) => renderer.ImageFile(reference);

    /// <summary>
    /// The photo's width as it will be drawn, read from its header (EXIF orientation applied). Not the decoded image's:
    /// large photos are scaled down while decoding, which would hide how many pixels the camera really took.
    /// </summary>
    private static int? DrawnWidth(string file) => Drawing.PhotoDecoder.DrawnSize(file)?.Width;

    /// <summary>Binds as a batch does: whatever goes wrong is this row's problem, never the whole check's.</summary>
    private static BoundRow Bind(Renderer renderer, DataRecord record, string file)
    {
        try
        {
            return renderer.Bind(record, file);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            var error = e as ContentKitException ?? ValidationMessages.Unexpected(e);
            return new BoundRow(record.RowNumber, new Dictionary<string, object?>(), [error]);
        }
    }

    /// <summary>Whole-row problems first, then fields in the order the template declares them.</summary>
    private static int FieldIndex(TemplateManifest manifest, string? column) =>
        column is null ? -1 : manifest.Fields.Select(f => f.Name).ToList().IndexOf(column);

    /// <summary>The cell as the user typed it (or as the spreadsheet shows a number or date), on one line.</summary>
    private static string? Cell(DataRecord record, string column, CultureInfo culture)
    {
        record.TryGetValue(column, out var cell);
        return cell switch
        {
            null => null,
            double d => Shorten(d.ToString("0.##########", culture)),
            DateTime d => Shorten(d.ToString(d.TimeOfDay == TimeSpan.Zero ? "dd/MM/yyyy" : "dd/MM/yyyy HH.mm", culture)),
            _ => Shorten(Convert.ToString(cell, culture) ?? ""),
        };
    }

    /// <summary>The value on one line, at most <see cref="ValueLength"/> chars with the ellipsis.</summary>
    private static string Shorten(string text)
    {
        text = text.ReplaceLineEndings(" ");
        return text.Length <= ValueLength ? text : Excerpt.Of(text, ValueLength - 1);
    }
}
