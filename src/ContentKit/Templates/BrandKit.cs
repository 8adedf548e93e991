namespace ContentKit.Templates;

/// <summary>
/// A brand: colours, type families, logo, footer lines and the unit name. Loaded from
/// <c>templates/brands/&lt;id&gt;/brand.json</c>; a unit (a kecamatan office, a school) sets its own name, lines and
/// logo with a <see cref="UnitProfile"/> instead of copying the kit.
/// </summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record BrandKit
{
    private static readonly string[] FontRoles = ["heading", "body"];

    /// <summary>The brand id (its folder name).</summary>
    public required string Id { get; init; }

    /// <summary>The organisation, e.g. "Pemerintah Kota Blitar".</summary>
    public required string Name { get; init; }

    /// <summary>The unit publishing the content, e.g. "Dinas Komunikasi Informatika dan Statistik (Diskominfotik) Kota Blitar".</summary>
    public string Unit { get; init; } = "";

    /// <summary>Named colours (<c>primary</c>, <c>accent</c>, <c>text</c>…) as <c>#RRGGBB</c>.</summary>
    public required IReadOnlyDictionary<string, string> Colors { get; init; }

    /// <summary>Type families by role: <c>heading</c> and <c>body</c>.</summary>
    public required IReadOnlyDictionary<string, string> Fonts { get; init; }

    /// <summary>The logo file for light backgrounds, relative to the brand folder.</summary>
    public required string Logo { get; init; }

    /// <summary>The logo file for dark backgrounds, relative to the brand folder.</summary>
    public string? LogoOnDark { get; init; }

    /// <summary>The website shown in footers.</summary>
    public string Website { get; init; } = "";

    /// <summary>Social media handles shown in footers.</summary>
    public IReadOnlyList<string> Social { get; init; } = [];

    /// <summary>Hashtags a post caption ends with (<c>brand.hashtags</c> in a template's <c>caption</c>), each with its <c>#</c>.</summary>
    public IReadOnlyList<string> Hashtags { get; init; } = [];

    /// <summary>
    /// The smallest text, in pixels, per format name (<c>"min_text_size": {"feed": 24}</c>); the design check warns below
    /// it. A format not listed is not checked.
    /// </summary>
    public IReadOnlyDictionary<string, float> MinTextSize { get; init; } = new Dictionary<string, float>();

    /// <summary>The brand folder; set when loaded.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Folder { get; init; } = "";

    /// <summary>Loads <c>brand.json</c> from <paramref name="folder"/> and checks its colours, fonts and logo.</summary>
    public static BrandKit Load(string folder)
    {
        folder = Path.GetFullPath(folder);
        var path = Path.Combine(folder, "brand.json");
        var brand = JsonFile.Read<BrandKit>(path).WithDefaults() with { Folder = folder };
        var location = new ErrorLocation(File: path);
        foreach (var (name, value) in brand.Colors)
        {
            if (!Rgba.TryParse(value, out _))
            {
                throw new ContentKitException(Localized.Format(Messages.Brand_Colour, name, value), location);
            }
        }

        foreach (var role in FontRoles.Where(r => !brand.Fonts.ContainsKey(r)))
        {
            throw new ContentKitException(Localized.Format(Messages.Brand_FontMissing, role), location);
        }

        foreach (var logo in new[] { brand.Logo, brand.LogoOnDark }.OfType<string>())
        {
            if (AssetResolver.Confine(folder, logo) is not { } file || FileKinds.Of(file) != FileKind.Regular)
            {
                throw new ContentKitException(Localized.Format(Messages.Brand_LogoOutside, logo), location);
            }
        }

        return brand;
    }

    /// <summary>
    /// This brand with the defaults above wherever <c>brand.json</c> left a property out: the source-generated reader
    /// (<see cref="TemplateJsonContext"/>) sets every init-only property, one the file lacks to null.
    /// </summary>
    internal BrandKit WithDefaults()
    {
        var defaults = new BrandKit { Id = Id, Name = Name, Colors = Colors, Fonts = Fonts, Logo = Logo };
        return this with
        {
            Unit = Unit ?? defaults.Unit,
            Website = Website ?? defaults.Website,
            Social = Social ?? defaults.Social,
            MinTextSize = MinTextSize ?? defaults.MinTextSize,
        };
    }
}
