using System.Globalization;
using ContentKit.Data;
using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>
/// Checks a spreadsheet against a template without rendering or writing anything: the requested formats,
/// the required columns, every row's values and images (as <see cref="Renderer.Bind(DataRecord, string?)"/>
/// does before a render), characters no bundled font can draw, photos too small for the output, and what the
/// design check finds when each output is laid out and painted (in memory: no file is written).
/// Every problem is listed with its row and column, so one pass over the list fixes the sheet.
/// </summary>
/// <remarks>Stateless: safe to call from any number of threads at once.</remarks>
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
        // Web photos all at once, each within its deadline, rather than one after another as rows are checked.
        renderer.PrefetchPhotosAsync(sheet.Rows, CancellationToken.None).GetAwaiter().GetResult();
        var bound = sheet.Rows.Select(record => (Record: record, Row: Bind(renderer, record, file))).ToList();
        var design = missingColumns.Count == 0 ? DesignProblems(renderer, bound, Formats(template, formats)) : [];
        foreach (var (record, row) in bound)
        {
            // A missing column is told once for the sheet, not again as an empty value on every row.
            var rowProblems = CheckRow(renderer, record, row, widest).Where(p => p.Column is null || !missingColumns.Contains(p.Column));
            problems.AddRange(rowProblems.OrderBy(p => FieldIndex(template.Manifest, p.Column)));
            problems.AddRange(design.Where(p => p.Row == record.RowNumber));
        }

        return problems;
    }

    /// <summary>The formats a render would make: those named that exist, or the template's first.</summary>
    private static List<OutputFormat> Formats(Template template, IEnumerable<string> names)
    {
        var found = names.Select(n => template.Manifest.Formats.FirstOrDefault(f => f.Name.Equals(n, StringComparison.OrdinalIgnoreCase))).OfType<OutputFormat>().ToList();
        return found.Count == 0 ? [template.Manifest.Formats[0]] : found;
    }

    /// <summary>
    /// Lays out and paints every output the valid rows make, as a batch would, and lists the design check's findings on
    /// the first row each output shows. Video templates are not design-checked.
    /// </summary>
    private static List<ValidationProblem> DesignProblems(Renderer renderer, List<(DataRecord Record, BoundRow Row)> bound, List<OutputFormat> formats)
    {
        var problems = new List<ValidationProblem>();
        if (renderer.Template.Manifest.Kind == TemplateKind.Video)
        {
            return problems;
        }

        var valid = bound.Where(b => b.Row.IsValid).Select(b => b.Row).ToList();
        foreach (var format in formats)
        {
            foreach (var unit in renderer.Template.Plan(valid, format))
            {
                IReadOnlyList<Checks.Finding> findings;
                try
                {
                    findings = renderer.Check(unit, format, CancellationToken.None).Findings;
                }
                catch (ContentKitException e)
                {
                    var (message, hint) = ValidationMessages.Split(e);
                    problems.Add(new ValidationProblem(unit.Rows[0].RowNumber, e.Location.Column, null, message, hint ?? ValidationMessages.FallbackHint(null, e.Location.Column)));
                    continue;
                }

                var record = bound.First(b => ReferenceEquals(b.Row, unit.Rows[0])).Record;
                problems.AddRange(findings.Select(f => new ValidationProblem(
                    f.Row, f.Field, f.Field is null ? null : Cell(record, f.Field, renderer.Options.Culture), f.Message, f.Fix) { Finding = f }));
            }
        }

        return problems;
    }

    /// <summary>The requested format that exists and needs the widest photo (photos must suit it); unknown names are problems.</summary>
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

        return found.Count == 0 ? template.Manifest.Formats[0] : found.MaxBy(ValidationMessages.PhotoWidthNeeded)!;
    }

    /// <summary>The same rule a batch enforces before it starts: a required field without a default needs a column.</summary>
    private static HashSet<string> MissingColumns(Template template, DataSheet sheet, List<ValidationProblem> problems)
    {
        var missing = RequiredColumns.Missing(template.Manifest, sheet.Columns).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(missing.Select(field => ValidationMessages.MissingColumn(template, field, sheet.Columns)));
        return missing;
    }

    /// <param name="renderer">The renderer.</param>
    /// <param name="record">The row as read.</param>
    /// <param name="row">The row bound: binding reports the row's own reading problems (DataRecord.Problems, such as too many cells) with its field errors.</param>
    /// <param name="widest">The widest format, which photos must suit.</param>
    private static IEnumerable<ValidationProblem> CheckRow(Renderer renderer, DataRecord record, BoundRow row, OutputFormat widest)
    {
        var fields = renderer.Template.Manifest.Fields;
        var culture = renderer.Options.Culture;
        foreach (var error in row.Errors)
        {
            var column = error.Location.Column;
            var (message, hint) = ValidationMessages.Split(error);
            var value = column is null ? null : Cell(record, column, culture);
            var type = fields.FirstOrDefault(f => f.Name == column)?.Type;
            yield return new ValidationProblem(record.RowNumber, column, value, message, hint ?? ValidationMessages.FallbackHint(type, column));
        }

        var failed = row.Errors.Select(e => e.Location.Column).OfType<string>().ToHashSet(StringComparer.Ordinal);
        // A value binding refused (a control character, say) is told once, not again as characters no font draws.
        foreach (var field in fields.Where(f => DrawnAsWritten.Contains(f.Type) && !failed.Contains(f.Name)))
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

            if (width < ValidationMessages.PhotoWidthNeeded(widest))
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
