using System.Text;
using System.Text.Json;
using ContentKit.Drawing;

namespace ContentKit.Templates;

/// <summary>
/// Reads a unit folder's <c>unit.json</c> for <see cref="UnitProfile.Load"/>. Read by hand rather than by the serializer:
/// a unit's admin edits this file, so a syntax error names its line and column, an unknown key the nearest valid one,
/// and each logo is decoded now, before any row, so a broken one fails the run and not every image.
/// </summary>
internal static class UnitFile
{
    private static readonly string[] Keys = ["name", "unit", "website", "social", "logo", "logo_on_dark"];
    private static readonly string[] LogoKeys = ["logo", "logo_on_dark"];
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["name"] = "Kecamatan Sukorejo",
        ["unit"] = "Pemerintah Kota Blitar",
        ["website"] = "kecsukorejo.blitarkota.go.id",
        ["logo"] = "logo.png",
        ["logo_on_dark"] = "logo-white.png",
    };

    public static UnitProfile Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new ContentKitException(Localized.Format(Messages.Unit_NoFolder, folder), new ErrorLocation(File: full));
        }

        var path = Path.Combine(full, UnitProfile.FileName);
        if (FileKinds.Of(path) != FileKind.Regular)
        {
            throw new ContentKitException(Localized.Format(Messages.Unit_NoFile, full), new ErrorLocation(File: path));
        }

        var text = File.ReadAllText(path);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        IReadOnlyList<string>? social = null;
        using (var document = Parse(text, path))
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ContentKitException(Localized.Format(Messages.Unit_NotObject, """{ "name": "Kecamatan Sukorejo", "logo": "logo.png" }"""), new ErrorLocation(File: path, Line: 1));
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                var location = new ErrorLocation(File: path, Line: LineOf(text, property.Name));
                var key = property.Name;
                var value = property.Value;
                if (!Keys.Contains(key, StringComparer.Ordinal))
                {
                    throw new ContentKitException(
                        Localized.Format(Messages.Unit_UnknownKey, key, NearestName.Hint(key, Keys), string.Join(", ", Keys)), location);
                }

                if (value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (key == "social")
                {
                    social = Handles(value) ?? throw new ContentKitException(Messages.Unit_NotList, location);
                }
                else
                {
                    values[key] = value.ValueKind == JsonValueKind.String
                        ? value.GetString()
                        : throw new ContentKitException(Localized.Format(Messages.Unit_NotText, key, Examples[key]), location);
                }
            }
        }

        var logos = LogoKeys.Where(values.ContainsKey)
            .Select(key => Logo(full, values[key]!, new ErrorLocation(File: path, Line: LineOf(text, key))))
            .ToList();

        return new UnitProfile
        {
            Name = values.GetValueOrDefault("name"),
            Unit = values.GetValueOrDefault("unit"),
            Website = values.GetValueOrDefault("website"),
            Social = social,
            Logo = values.GetValueOrDefault("logo"),
            LogoOnDark = values.GetValueOrDefault("logo_on_dark"),
            Folder = full,
            LogoFiles = logos,
        };
    }

    private static JsonDocument Parse(string text, string path)
    {
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = Column(text, line, (int)(e.BytePositionInLine ?? 0));
            throw new ContentKitException(Localized.Format(Messages.Unit_Syntax, line + 1, column), new ErrorLocation(File: path, Line: line + 1), e);
        }
    }

    /// <summary>The reader counts UTF-8 bytes into the line; a person counts characters ("Sukorejo – Kota" has a 3-byte dash).</summary>
    private static int Column(string text, int line, int bytes)
    {
        var lines = text.Split('\n');
        if (line >= lines.Length)
        {
            return bytes + 1;
        }

        var encoded = Encoding.UTF8.GetBytes(lines[line]);
        return Encoding.UTF8.GetCharCount(encoded, 0, Math.Min(bytes, encoded.Length)) + 1;
    }

    /// <summary>A list of handles in quotes; one handle without brackets is taken as a list of one.</summary>
    private static List<string>? Handles(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => [.. value.EnumerateArray().Select(e => e.GetString()!)],
        _ => null,
    };

    /// <summary>A logo is a readable image inside the unit folder (the brand kit's confinement: no <c>..</c>, no link out).</summary>
    /// <summary>A logo inside the folder and a regular file; whether it decodes is checked by the renderer (drawing is its stage's).</summary>
    private static UnitLogo Logo(string folder, string logo, ErrorLocation location)
    {
        if (string.IsNullOrWhiteSpace(logo))
        {
            throw new ContentKitException(Localized.Format(Messages.Unit_LogoMissing, logo, folder), location);
        }

        if (AssetResolver.Confine(folder, logo) is not { } file)
        {
            throw new ContentKitException(Localized.Format(Messages.Unit_LogoOutside, logo, folder), location);
        }

        if (FileKinds.Of(file) != FileKind.Regular)
        {
            throw new ContentKitException(Localized.Format(Messages.Unit_LogoMissing, logo, folder), location);
        }

        return new UnitLogo(file, logo, location);
    }

    /// <summary>The line of the first <c>"key"</c> in the file (1-based), so an error points at it; null if not found as written.</summary>
    private static int? LineOf(string text, string key)
    {
        var at = text.IndexOf($"\"{key}\"", StringComparison.Ordinal);
        return at < 0 ? null : text.AsSpan(0, at).Count('\n') + 1;
    }
}
