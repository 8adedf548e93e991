using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>
/// Names output files from a pattern such as <c>{row}-{judul|slug}-{format}</c>. Placeholders are
/// <c>{row}</c> (zero-padded; the first row of an output of many), <c>{format}</c>, <c>{group}</c>, <c>{page}</c>
/// and any field (of the first row), with an optional .NET format (<c>{tanggal:yyyy-MM-dd}</c>, <c>{jumlah:0000}</c>)
/// and optionally piped through <c>slug</c>; dates without a format
/// print as yyyy-MM-dd. Names are sanitised (no folders, no <c>..</c>, no reserved names, no control or invisible
/// format characters, bounded length),
/// so whatever is in the data, a file never lands outside the output folder.
/// </summary>
internal sealed partial class FileNamer
{
    // Names stay readable (120 characters) and within what file systems allow (255 bytes, less room
    // for a collision suffix and the extension).
    private const int MaxCharacters = 120;
    private const int MaxBytes = 240;
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    private readonly string _pattern;
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Checks the pattern against the template's fields.</summary>
    public FileNamer(string pattern, TemplateManifest manifest)
    {
        _pattern = pattern;
        var fields = manifest.Fields.Select(f => f.Name).Concat(["row", "format", "group", "page"]).ToList();
        foreach (Match brace in Braces().Matches(pattern))
        {
            if (Placeholder().Match(brace.Value) is not { Success: true } placeholder || placeholder.Length != brace.Length)
            {
                throw new ContentKitException(
                    Localized.Format(Messages.Name_NotPlaceholder, pattern, brace.Value, "{judul_acara}", "{judul|slug}"));
            }
        }

        foreach (Match match in Placeholder().Matches(pattern))
        {
            var name = match.Groups["name"].Value;
            var filter = match.Groups["filter"].Value;
            if (!fields.Contains(name))
            {
                throw new ContentKitException(
                    Localized.Format(
                        Messages.Name_NotField, pattern, $"{{{name}}}", NearestName.Hint(name, fields), string.Join(", ", fields.Select(f => $"{{{f}}}"))));
            }

            if (filter.Length > 0 && filter != "slug")
            {
                throw new ContentKitException(Localized.Format(Messages.Name_UnknownFilter, pattern, filter));
            }
        }
    }

    /// <summary>A unique, safe file name (with <paramref name="extension"/>) for a row and format. Call in row order: collisions get -2, -3….</summary>
    public string Name(BoundRow row, string format, string extension) => Name(RenderUnit.Of(row), format, extension);

    /// <summary>The names of a carousel's <paramref name="count"/> slides: the row's name with <c>-1</c> … <c>-N</c> before the extension.</summary>
    public IReadOnlyList<string> Series(BoundRow row, string format, string extension, int count) => Series(RenderUnit.Of(row), format, extension, count);

    /// <summary>
    /// The names of the <paramref name="count"/> slides of the carousel that starts with <paramref name="cover"/>: its name
    /// with <c>-1</c> … <c>-N</c> before the extension; <c>{page}</c> names no page there (the slides are numbered instead).
    /// </summary>
    public IReadOnlyList<string> Series(RenderUnit cover, string format, string extension, int count)
    {
        var stem = Path.GetFileNameWithoutExtension(Name(cover, format, extension));
        return [.. Enumerable.Range(1, count).Select(number =>
        {
            var name = $"{stem}-{number.ToString(CultureInfo.InvariantCulture)}.{extension}";
            _used.Add(name);
            return name;
        })];
    }

    /// <summary>A unique, safe file name for an output of several rows (a table, a group, a page).</summary>
    public string Name(RenderUnit unit, string format, string extension)
    {
        var row = unit.Rows[0];
        var name = Placeholder().Replace(_pattern, match =>
        {
            var key = match.Groups["name"].Value;
            var text = key switch
            {
                "row" => row.RowNumber.ToString("000", CultureInfo.InvariantCulture),
                "format" => format,
                "group" => unit.Group?.Key ?? "",
                "page" => unit.Slide is null ? unit.Page.ToString(CultureInfo.InvariantCulture) : "",
                _ => Show(row.Values.GetValueOrDefault(key), match.Groups["format"].Success ? match.Groups["format"].Value : null),
            };
            return match.Groups["filter"].Value == "slug" ? Templates.Functions.IndonesianFormat.Slug(text) : text;
        });

        name = Sanitise(name);
        var candidate = name;
        for (var n = 2; !_used.Add($"{candidate}.{extension}"); n++)
        {
            candidate = $"{name}-{n}";
        }

        return $"{candidate}.{extension}";
    }

    private static string Show(object? value, string? format) => value switch
    {
        null => "",
        DateTime date => date.ToString(format ?? "yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString(format, CultureInfo.InvariantCulture),
        string[] list => string.Join('-', list),
        _ => value.ToString() ?? "",
    };

    private static string Sanitise(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            // Invisible format characters (right-to-left override, zero-width space, joiners, byte-order mark) would make a
            // name look unlike what it is ("gpj.exe" shown as "exe.jpg"): they are dropped.
            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            text.Append(char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '-' : c);
        }

        var result = Dashes().Replace(text.ToString(), "-").Trim(' ', '.', '-');
        if (result.Length > MaxCharacters || Encoding.UTF8.GetByteCount(result) > MaxBytes)
        {
            // Cut between whole characters (never inside an emoji or a combining sequence).
            var cut = new StringBuilder();
            var elements = System.Globalization.StringInfo.GetTextElementEnumerator(result);
            while (elements.MoveNext())
            {
                var next = elements.GetTextElement();
                if (cut.Length + next.Length > MaxCharacters || Encoding.UTF8.GetByteCount(cut.ToString()) + Encoding.UTF8.GetByteCount(next) > MaxBytes)
                {
                    break;
                }

                cut.Append(next);
            }

            result = cut.ToString().TrimEnd(' ', '.', '-');
        }

        if (result.Length == 0 || Reserved.Contains(result.Split('.')[0]))
        {
            result = "_" + result;
        }

        return result;
    }

    [GeneratedRegex(@"\{(?<name>[a-z0-9_]+)(:(?<format>[^{}|]+))?(\|(?<filter>[a-z]+))?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{[^{}]*\}?")]
    private static partial Regex Braces();

    [GeneratedRegex(@"-{2,}|\.{2,}")]
    private static partial Regex Dashes();
}
