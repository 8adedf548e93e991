using System.Globalization;
using ContentKit.Data;

namespace ContentKit.Templates;

/// <summary>
/// Converts a data row into the typed values a template's fields declare, collecting every problem
/// (missing required value, text too long, unreadable date, control character, image outside the data folder) with its
/// row and column, so one look at the report fixes them all.
/// </summary>
internal sealed class RowBinder(TemplateManifest manifest, CultureInfo culture, string? dataFolder, Func<string, string>? download = null)
{
    /// <summary>The prefix of image references that resolve under the data file's folder.</summary>
    public const string DataScheme = "data";

    public BoundRow Bind(int rowNumber, IReadOnlyDictionary<string, object?> cells, string? file, IEnumerable<ContentKitException> problems)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = problems.Select(p => p.At(new ErrorLocation(File: file, Row: rowNumber))).ToList();
        foreach (var field in manifest.Fields)
        {
            cells.TryGetValue(ColumnKey.Normalize(field.Name), out var cell);
            if (IsBlank(cell))
            {
                cell = field.Default;
            }

            try
            {
                // Checked before anything reads the value: a control character never reaches the markup.
                if (cell is string text && CellCharacters.Problem(text) is { } refused)
                {
                    throw refused;
                }

                values[field.Name] = IsBlank(cell) ? Missing(field) : Convert(field, cell!);
            }
            catch (ContentKitException e)
            {
                errors.Add(e.At(new ErrorLocation(File: file, Row: rowNumber, Column: field.Name)));
                values[field.Name] = null;
            }
        }

        // A carousel longer than Instagram allows cannot be posted: the row fails before any slide is written.
        if (manifest.Slides is { Items: { } list } && values.GetValueOrDefault(list) is string[] items
            && items.Count(i => !string.IsNullOrWhiteSpace(i)) + 2 is var count && count > SlideSet.MaxSlides)
        {
            errors.Add(new ContentKitException(
                Localized.Format(Messages.Slides_TooMany, count, SlideSet.MaxSlides, SlideSet.MaxSlides - 2),
                new ErrorLocation(File: file, Row: rowNumber, Column: list)));
        }

        return new BoundRow(rowNumber, values, errors);
    }

    private static bool IsBlank(object? cell) => cell is null || (cell is string s && string.IsNullOrWhiteSpace(s));

    private static object? Missing(FieldDefinition field) =>
        field.Required
            ? throw ContentKitException.WithFix(
                Localized.Format(Messages.Bind_Required, field.Name),
                field.Help is { Length: > 0 } help ? Localized.Format(Messages.Bind_Required_FixWithHelp, help) : Messages.Bind_Required_Fix)
            : null;

    private object Convert(FieldDefinition field, object cell) => field.Type switch
    {
        FieldType.Number => CellParser.TryParseNumber(cell, culture, out var number)
            ? number
            : throw ContentKitException.WithFix(Localized.Format(Messages.Bind_NotNumber, Show(cell)), Messages.Bind_NotNumber_Fix),
        FieldType.Date => CellParser.TryParseDate(cell, culture, out var date)
            ? date
            : throw ContentKitException.WithFix(Localized.Format(Messages.Bind_NotDate, Show(cell)), Messages.Bind_NotDate_Fix),
        FieldType.Image => ImageReference(Text(field, cell)),
        FieldType.Color => Rgba.TryParse(Text(field, cell), out _)
            ? Text(field, cell)
            : throw ContentKitException.WithFix(Localized.Format(Messages.Bind_NotColour, Show(cell)), Messages.Bind_NotColour_Fix),
        FieldType.Url => Url(Text(field, cell)),
        FieldType.Focus => ImageFocus.TryParse(Text(field, cell), out var focus)
            ? focus.ToString()
            : throw ContentKitException.WithFix(Localized.Format(Messages.Bind_NotFocus, Show(cell)), Messages.Bind_NotFocus_Fix),
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
            throw ContentKitException.WithFix(Localized.Format(Messages.Bind_TooLong, field.Name, text.Length, field.MaxLength), Messages.Bind_TooLong_Fix);
        }

        return text;
    }

    private string ImageReference(string path)
    {
        if (path.Contains("://", StringComparison.Ordinal) && !path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            // file://, ftp://: never read, whether or not the network is allowed.
            throw ContentKitException.WithFix(Localized.Format(Messages.Web_NotHttp, Show(path)), Messages.Web_NotHttp_Fix);
        }

        if (path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return download?.Invoke(path)
                ?? throw ContentKitException.WithFix(Localized.Format(Messages.Bind_WebPhoto, Show(path)), Messages.Bind_WebPhoto_Fix);
        }

        if (dataFolder is null)
        {
            throw new ContentKitException(Localized.Format(Messages.Bind_NoDataFolder, path));
        }

        var full = AssetResolver.Confine(dataFolder, path)
            ?? throw ContentKitException.WithFix(Localized.Format(Messages.Bind_ImageOutside, path), Messages.Bind_ImageOutside_Fix);
        switch (FileKinds.Of(full))
        {
            case FileKind.Missing:
                throw new ContentKitException(Localized.Format(Messages.Bind_ImageMissing, path, full));
            case FileKind.Directory or FileKind.Special:
                throw AssetResolver.NotRegular(path, full);
        }

        // Relative to the resolved folder, as the confined path is resolved too.
        return $"{DataScheme}:{Path.GetRelativePath(RealPath.Of(dataFolder), full).Replace('\\', '/')}";
    }

    private static string Url(string text)
    {
        var candidate = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal)
            ? text
            : throw ContentKitException.WithFix(Localized.Format(Messages.Bind_NotUrl, Show(text)), Messages.Bind_NotUrl_Fix);
    }

    private static string Show(object cell) => Excerpt.Of(cell.ToString() ?? "", 60);
}
