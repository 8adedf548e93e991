using System.Text.RegularExpressions;

namespace ContentKit.Templates;

/// <summary>Checks what JSON parsing cannot: unique, well-formed names and sensible sizes.</summary>
internal static partial class ManifestValidator
{
    public static void Check(TemplateManifest manifest, string path)
    {
        var location = new ErrorLocation(File: path);
        void Fail(string message) => throw new ContentKitException(message, location);

        if (manifest.Formats.Count == 0)
        {
            Fail("formats is empty; declare at least one, e.g. {\"name\": \"feed\", \"width\": 1080, \"height\": 1350}.");
        }

        foreach (var format in manifest.Formats)
        {
            if (format.Width is < 16 or > 8192 || format.Height is < 16 or > 8192)
            {
                Fail($"format '{format.Name}' is {format.Width}×{format.Height}; sizes must be 16 to 8192 pixels.");
            }
        }

        foreach (var duplicate in manifest.Formats.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            Fail($"format '{duplicate.Key}' is declared twice.");
        }

        foreach (var field in manifest.Fields)
        {
            if (!Identifier().IsMatch(field.Name))
            {
                Fail($"field name '{field.Name}' must be lower-case letters, digits and _ (it is used as row.{field.Name} in the layout).");
            }
        }

        foreach (var duplicate in manifest.Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            Fail($"field '{duplicate.Key}' is declared twice.");
        }

        if (manifest.Binding == Binding.Group)
        {
            var field = manifest.GroupBy?.Split(':')[0];
            if (field is null || manifest.Fields.All(f => f.Name != field))
            {
                Fail($"binding \"group\" needs group_by naming a field (or date_field:week / date_field:month); it is '{manifest.GroupBy}'.");
            }

            if (manifest.GroupBy!.Split(':') is [_, var period] && period is not ("week" or "month"))
            {
                Fail($"group_by '{manifest.GroupBy}': after ':' write week or month.");
            }
        }

        foreach (var (format, size) in manifest.PageSize ?? new Dictionary<string, int>())
        {
            if (manifest.Formats.All(f => f.Name != format) || size < 1)
            {
                Fail($"page_size '{format}': {size} must name a declared format and be 1 or more.");
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Identifier();
}
