using System.Globalization;
using ContentKit.Data;

namespace ContentKit.Templates;

/// <summary>
/// Converts a data row into the typed values a template's fields declare, collecting every problem
/// (missing required value, text too long, unreadable date, image outside the data folder) with its
/// row and column, so one look at the report fixes them all.
/// </summary>
internal sealed class RowBinder(TemplateManifest manifest, CultureInfo culture, string? dataFolder, Func<string, string>? download = null)
{
    /// <summary>The prefix of image references that resolve under the data file's folder.</summary>
    public const string DataScheme = "data";

    public BoundRow Bind(int rowNumber, IReadOnlyDictionary<string, object?> cells, string? file, IEnumerable<string> problems)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = problems.Select(p => new ContentKitException(p, new ErrorLocation(File: file, Row: rowNumber))).ToList();
        foreach (var field in manifest.Fields)
        {
            cells.TryGetValue(ColumnKey.Normalize(field.Name), out var cell);
            if (IsBlank(cell))
            {
                cell = field.Default;
            }

            try
            {
                values[field.Name] = IsBlank(cell) ? Missing(field) : Convert(field, cell!);
            }
            catch (FormatException e)
            {
                errors.Add(new ContentKitException(e.Message, new ErrorLocation(File: file, Row: rowNumber, Column: field.Name)));
                values[field.Name] = null;
            }
        }

        return new BoundRow(rowNumber, values, errors);
    }

    private static bool IsBlank(object? cell) => cell is null || (cell is string s && string.IsNullOrWhiteSpace(s));

    private static object? Missing(FieldDefinition field) =>
        field.Required ? throw new FormatException($"'{field.Name}' is required but empty; fill it in.{Help(field)}") : null;

    private object Convert(FieldDefinition field, object cell) => field.Type switch
    {
        FieldType.Number => CellParser.TryParseNumber(cell, culture, out var number)
            ? number
            : throw new FormatException($"'{Show(cell)}' is not a number; write it like 1.250 or 12,5."),
        FieldType.Date => CellParser.TryParseDate(cell, culture, out var date)
            ? date
            : throw new FormatException($"'{Show(cell)}' is not a date; write it like 17/08/2026 (day/month/year) or make it a date cell."),
        FieldType.Image => ImageReference(Text(field, cell)),
        FieldType.Color => Layout.Rgba.TryParse(Text(field, cell), out _)
            ? Text(field, cell)
            : throw new FormatException($"'{Show(cell)}' is not a colour; write it like #0E5E4A."),
        FieldType.Url => Url(Text(field, cell)),
        FieldType.List => Text(field, cell).Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => Text(field, cell),
    };

    private string Text(FieldDefinition field, object cell)
    {
        var text = cell switch
        {
            double d => d.ToString(d == Math.Floor(d) ? "0" : "0.##########", culture),
            DateTime d => Functions.IndonesianFormat.Date(d, "date"),
            bool b => b ? "ya" : "tidak",
            _ => cell.ToString() ?? "",
        };
        text = text.Trim();
        if (field.MaxLength > 0 && text.Length > field.MaxLength)
        {
            throw new FormatException($"'{field.Name}' has {text.Length} characters; the template allows at most {field.MaxLength}. Shorten it.");
        }

        return text;
    }

    private string ImageReference(string path)
    {
        if (path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return download?.Invoke(path)
                ?? throw new FormatException($"'{Show(path)}' is a web address; photos are not downloaded unless --allow-network is given. Save the photo in the spreadsheet's folder and write its file name, e.g. foto/gambar.jpg.");
        }

        if (dataFolder is null)
        {
            throw new FormatException($"Image '{path}' cannot be found: the data has no folder to look in.");
        }

        var full = Drawing.AssetResolver.Confine(dataFolder, path)
            ?? throw new FormatException($"Image path '{path}' leaves the data folder. Put the image in the spreadsheet's folder (or a folder inside it) and write a relative path such as foto/gambar.jpg.");
        if (!File.Exists(full))
        {
            throw new FormatException($"Image '{path}' does not exist (looked for {full}).");
        }

        return $"{DataScheme}:{Path.GetRelativePath(dataFolder, full).Replace('\\', '/')}";
    }

    private static string Url(string text)
    {
        var candidate = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal)
            ? text
            : throw new FormatException($"'{Show(text)}' is not a web address; write it like blitarkota.go.id/layanan.");
    }

    private static string Help(FieldDefinition field) => field.Help is { Length: > 0 } help ? $" ({help})" : "";

    private static string Show(object cell) => Excerpt.Of(cell.ToString() ?? "", 60);
}
