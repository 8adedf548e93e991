namespace ContentKit.Templates;

/// <summary>
/// The folder of template packs and brand kits (<c>templates/</c>). Templates are found by id
/// (<c>pengumuman</c>) or by a path to a template folder.
/// </summary>
/// <remarks>Holds nothing but its folder and reads the folder on every call: safe to share between threads.</remarks>
public sealed class TemplateLibrary
{
    /// <summary>Opens a library folder containing template packs, <c>brands/</c> and <c>fonts/</c>.</summary>
    public TemplateLibrary(string root)
    {
        Root = Path.GetFullPath(root);
        if (!Directory.Exists(Root))
        {
            throw new ContentKitException(Messages.Library_NoFolder, new ErrorLocation(File: Root));
        }
    }

    /// <summary>The library folder.</summary>
    public string Root { get; }

    /// <summary>The bundled fonts folder, searched after a brand's own fonts.</summary>
    public string FontsFolder => Path.Combine(Root, "fonts");

    /// <summary>
    /// The built-in library: the folder named by the <c>CONTENTKIT_TEMPLATES</c> environment variable, else
    /// <c>templates/</c> beside the program, where the ContentKit package's content (or a project reference) puts it
    /// at build time and a single-file executable unpacks it.
    /// </summary>
    public static TemplateLibrary Default() =>
        new(Environment.GetEnvironmentVariable("CONTENTKIT_TEMPLATES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "templates"));

    /// <summary>The ids of the template packs in the library, sorted.</summary>
    public IEnumerable<string> TemplateIds() =>
        Directory.EnumerateDirectories(Root)
            .Where(d => File.Exists(Path.Combine(d, Template.ManifestFile)))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    /// <summary>Loads and compiles a template by id or folder path.</summary>
    public Template Load(string idOrPath)
    {
        var folder = Directory.Exists(idOrPath) && File.Exists(Path.Combine(idOrPath, Template.ManifestFile))
            ? idOrPath
            : Path.Combine(Root, idOrPath);
        if (!File.Exists(Path.Combine(folder, Template.ManifestFile)))
        {
            var ids = TemplateIds().ToList();
            throw new ContentKitException(
                Localized.Format(Messages.Library_NoTemplate, idOrPath, NearestName.Hint(idOrPath, ids), string.Join(", ", ids), Template.ManifestFile));
        }

        return Template.Load(folder);
    }

    /// <summary>Loads a brand kit by id from <c>brands/</c>.</summary>
    public BrandKit LoadBrand(string id)
    {
        var folder = Path.Combine(Root, "brands", id);
        if (!Directory.Exists(folder))
        {
            var ids = Directory.Exists(Path.Combine(Root, "brands"))
                ? Directory.EnumerateDirectories(Path.Combine(Root, "brands")).Select(Path.GetFileName).OfType<string>().ToList()
                : [];
            throw new ContentKitException(Localized.Format(Messages.Library_NoBrand, id, NearestName.Hint(id, ids), string.Join(", ", ids)));
        }

        return BrandKit.Load(folder);
    }
}
