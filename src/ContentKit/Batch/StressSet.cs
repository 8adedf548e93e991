using ContentKit.Data;
using ContentKit.Drawing;
using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>
/// Builds the stress set of a template from its manifest's fields: typical values; every text very short; each text
/// field at its longest (its max length, else a 40-word title or a 400-character text) while the others stay typical;
/// every optional field empty; emoji in every text; a portrait, a very dark and a very bright photo in each image
/// field (a required image field holds the portrait in the other cases); Arabic script in a field meant for an Arabic
/// line; and for table and group bindings 1 and 30 rows.
/// Fields with a default (icon names, number formats) are keywords and keep their default.
/// </summary>
internal static class StressSet
{
    /// <summary>The file name the stress rows claim to come from, in messages.</summary>
    public const string SourceName = "stress";

    /// <summary>The rows of a table case that is not about the number of rows: a few, so one page of every format shows them.</summary>
    public const int TableRows = 4;

    /// <summary>The rows of the long-table case: several pages in every format.</summary>
    public const int ManyRows = 30;

    public static IReadOnlyList<StressCase> Build(TemplateManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var rows = manifest.Binding == Binding.Row ? 1 : TableRows;
        var texts = manifest.Fields.Where(f => f.Type is FieldType.Text or FieldType.List && f.Default is null).ToList();
        var title = texts.FirstOrDefault(f => f.Required) ?? texts.FirstOrDefault();
        bool IsText(FieldDefinition field) => texts.Any(t => t.Name == field.Name);

        var cases = new List<StressCase>
        {
            Case(Messages.Stress_Typical, manifest, rows, StressValues.Typical),
            Case(Localized.Format(Messages.Stress_Short, StressValues.Short), manifest, rows, (field, row) =>
                !IsText(field) ? StressValues.Typical(field, row) : StressValues.IsArabic(field) ? StressValues.ShortArabic : StressValues.Short),
        };

        foreach (var field in texts)
        {
            var (name, value) = Long(field, field.Name == title?.Name);
            cases.Add(Case(name, manifest, rows, (f, row) => f.Name == field.Name ? value(row) : StressValues.Typical(f, row)));
        }

        cases.Add(Case(Messages.Stress_OptionalEmpty, manifest, rows, (field, row) => field.Required ? StressValues.Typical(field, row) : null));
        cases.Add(Case(Messages.Stress_Emoji, manifest, rows, (field, row) =>
            IsText(field) && !StressValues.IsArabic(field) ? StressValues.WithEmoji(field, row) : StressValues.Typical(field, row)));

        foreach (var field in manifest.Fields.Where(f => f.Type == FieldType.Image))
        {
            foreach (var (message, photo) in new[] { (Messages.Stress_PhotoPortrait, StressPhotos.Portrait), (Messages.Stress_PhotoDark, StressPhotos.Dark), (Messages.Stress_PhotoBright, StressPhotos.Bright) })
            {
                cases.Add(Case(Localized.Format(message, field.Name), manifest, rows, (f, row) => f.Name == field.Name ? photo : StressValues.Typical(f, row)));
            }
        }

        if (manifest.Binding != Binding.Row)
        {
            cases.Add(Case(Messages.Stress_OneRow, manifest, 1, StressValues.Typical));
            cases.Add(Case(Localized.Format(Messages.Stress_ManyRows, ManyRows), manifest, ManyRows, StressValues.Typical));
        }

        return cases;
    }

    /// <summary>The longest value of a text field, and the case's name.</summary>
    private static (string Name, Func<int, string> Value) Long(FieldDefinition field, bool isTitle)
    {
        var arabic = StressValues.IsArabic(field);
        if (field.MaxLength == 0 && isTitle && !arabic)
        {
            return (Localized.Format(Messages.Stress_LongWords, field.Name, StressValues.TitleWords), row => StressValues.WordCount(StressValues.TitleWords, row));
        }

        var length = field.MaxLength > 0 ? field.MaxLength : StressValues.BodyCharacters;
        var name = Localized.Format(arabic ? Messages.Stress_LongArabic : Messages.Stress_LongCharacters, field.Name, length);
        return (name, row => StressValues.Characters(length, row, arabic));
    }

    /// <summary>A case of <paramref name="rows"/> rows whose every field holds <paramref name="value"/>(field, row index).</summary>
    private static StressCase Case(string name, TemplateManifest manifest, int rows, Func<FieldDefinition, int, object?> value)
    {
        var records = Enumerable.Range(0, rows)
            .Select(row => new DataRecord(SourceName, row + 2, manifest.Fields.ToDictionary(f => ColumnKey.Normalize(f.Name), f => value(f, row)), []))
            .ToList();
        return new StressCase(name, new DataSheet(SourceName, [.. manifest.Fields.Select(f => f.Name)], records));
    }
}
