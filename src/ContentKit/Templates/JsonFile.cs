using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ContentKit.Templates;

/// <summary>Reads the JSON files of template packs and brand kits: snake_case names, unknown keys rejected.</summary>
internal static class JsonFile
{
    // One converter per enum the files hold: the generic converters need no reflection to build.
    private static readonly TemplateJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters =
        {
            new JsonStringEnumConverter<TemplateKind>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false),
            new JsonStringEnumConverter<Binding>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false),
            new JsonStringEnumConverter<FieldType>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false),
        },
    });

    /// <summary>Reads <paramref name="path"/> as a <typeparamref name="T"/>, one of the types <see cref="TemplateJsonContext"/> declares.</summary>
    public static T Read<T>(string path)
    {
        if (!File.Exists(path))
        {
            throw new ContentKitException(Localized.Format(Messages.JsonFile_Missing, Path.GetFileName(path)), new ErrorLocation(File: path));
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), (JsonTypeInfo<T>)Context.GetTypeInfo(typeof(T))!)
                ?? throw new ContentKitException(Messages.JsonFile_Null, new ErrorLocation(File: path));
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? (int)n + 1 : (int?)null;
            var detail = e.Message.Split(" Path:", 2)[0];
            var message = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? detail : Localized.Format(Messages.JsonFile_At, detail, e.Path);
            throw new ContentKitException(message, new ErrorLocation(File: path, Line: line), e);
        }
    }
}
