using System.Text.RegularExpressions;

namespace ContentKit.Templates;

/// <summary>Checks what JSON parsing cannot: unique, well-formed names and sensible sizes.</summary>
internal static partial class ManifestValidator
{
    private const string FormatExample = "{\"name\": \"feed\", \"width\": 1080, \"height\": 1350}";

    public static void Check(TemplateManifest manifest, string path)
    {
        var location = new ErrorLocation(File: path);
        void Fail(string message) => throw new ContentKitException(message, location);

        if (manifest.Formats.Count == 0)
        {
            Fail(Localized.Format(Messages.Manifest_NoFormats, FormatExample));
        }

        foreach (var format in manifest.Formats)
        {
            if (format.Width is < 16 or > 8192 || format.Height is < 16 or > 8192)
            {
                Fail(Localized.Format(Messages.Manifest_FormatSize, format.Name, format.Width, format.Height));
            }

            if (format.Dpi is { } dpi && dpi is < 72 or > 1200)
            {
                Fail(Localized.Format(Messages.Manifest_FormatDpi, format.Name, dpi));
            }
        }

        foreach (var duplicate in manifest.Formats.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            Fail(Localized.Format(Messages.Manifest_FormatTwice, duplicate.Key));
        }

        foreach (var field in manifest.Fields)
        {
            if (!Identifier().IsMatch(field.Name))
            {
                Fail(Localized.Format(Messages.Manifest_FieldName, field.Name));
            }
        }

        foreach (var duplicate in manifest.Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            Fail(Localized.Format(Messages.Manifest_FieldTwice, duplicate.Key));
        }

        if (manifest.Binding == Binding.Group)
        {
            var field = manifest.GroupBy?.Split(':')[0];
            if (field is null || manifest.Fields.All(f => f.Name != field))
            {
                Fail(Localized.Format(Messages.Manifest_GroupBy, manifest.GroupBy));
            }

            if (manifest.GroupBy!.Split(':') is [_, var period] && period is not ("week" or "month"))
            {
                Fail(Localized.Format(Messages.Manifest_GroupPeriod, manifest.GroupBy));
            }
        }

        if (manifest.OrderBy is { } orderBy
            && (orderBy.Split(':') is not ([_] or [_, "asc" or "desc"]) || manifest.Fields.All(f => f.Name != orderBy.Split(':')[0])))
        {
            Fail(Localized.Format(Messages.Manifest_OrderBy, orderBy));
        }

        foreach (var (format, size) in manifest.PageSize ?? new Dictionary<string, int>())
        {
            if (manifest.Formats.All(f => f.Name != format) || size < 1)
            {
                Fail(Localized.Format(Messages.Manifest_PageSize, format, size));
            }
        }

        if (manifest.Slides is { Items: { } items }
            && (manifest.Binding != Binding.Row || manifest.Fields.FirstOrDefault(f => f.Name == items) is not { Type: FieldType.List }))
        {
            Fail(Localized.Format(Messages.Manifest_Slides, items));
        }

        if (manifest.Slides is { } slides && !SlidesWellFormed(manifest, slides))
        {
            Fail(Messages.Manifest_SlidesSource);
        }
    }

    /// <summary>One source of content slides that fits the binding, sections whose fields exist, and declared formats only.</summary>
    private static bool SlidesWellFormed(TemplateManifest manifest, SlideSet slides)
    {
        var sources = (slides.Items is null ? 0 : 1) + (slides.Sections is null ? 0 : 1) + (slides.Rows ? 1 : 0);
        return sources == 1
            && (!slides.Rows || manifest.Binding != Binding.Row)
            && (slides.Sections is null || (manifest.Binding == Binding.Row && slides.Sections.Count > 0
                && slides.Sections.All(s => !string.IsNullOrWhiteSpace(s.Name) && (s.When is null || manifest.Fields.Any(f => f.Name == s.When)))))
            && (slides.Formats is null || slides.Formats.All(name => manifest.Formats.Any(f => f.Name == name)));
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Identifier();
}
