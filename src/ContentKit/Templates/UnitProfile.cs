namespace ContentKit.Templates;

/// <summary>
/// A unit's own name, department line, website, social handles and logo (a kecamatan office, a school, a puskesmas),
/// layered over a brand kit instead of copying it: a folder holding <c>unit.json</c> and the logo files. A key the unit
/// leaves out keeps the brand kit's value, so colours, fonts and type sizes stay the city's. Templates read the unit
/// through the same brand tokens (<c>brand.name</c>, <c>brand.unit</c>, <c>brand.logo</c>…), so every template follows
/// it. Set it with <see cref="RenderOptions.Unit"/> (<c>--unit FOLDER</c>). Immutable and thread-safe.
/// </summary>
public sealed record UnitProfile
{
    /// <summary>The file in the unit folder that describes the unit.</summary>
    public const string FileName = "unit.json";

    /// <summary>The organisation's line, e.g. "Kecamatan Sukorejo"; null keeps the brand kit's <see cref="BrandKit.Name"/>.</summary>
    public string? Name { get; init; }

    /// <summary>The department line under the name; null keeps the brand kit's <see cref="BrandKit.Unit"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>The website shown in footers; null keeps the brand kit's.</summary>
    public string? Website { get; init; }

    /// <summary>The social media handles shown in footers; null keeps the brand kit's.</summary>
    public IReadOnlyList<string>? Social { get; init; }

    /// <summary>The logo for light backgrounds, relative to <see cref="Folder"/>; null keeps the brand kit's logos.</summary>
    public string? Logo { get; init; }

    /// <summary>
    /// The logo for dark backgrounds, relative to <see cref="Folder"/>; null uses <see cref="Logo"/> (a unit's own logo
    /// is never replaced by the city's on dark backgrounds), or the brand kit's when the unit has no logo.
    /// </summary>
    public string? LogoOnDark { get; init; }

    /// <summary>The unit folder (full path); the logos resolve inside it and may not leave it.</summary>
    public string Folder { get; init; } = "";

    /// <summary>
    /// Reads <c>unit.json</c> from <paramref name="folder"/> and checks it: only known keys, text where text belongs, and
    /// logos that are images inside the folder. Errors name the file, the line and what to change.
    /// </summary>
    /// <exception cref="ContentKitException">The folder or file is missing, the JSON is broken, a key is unknown, or a logo is missing, broken or outside the folder.</exception>
    public static UnitProfile Load(string folder) => UnitFile.Read(folder);

    /// <summary>
    /// <paramref name="brand"/> with this unit's name, department line, website and handles where the unit sets them.
    /// Logos are not part of it: the renderer resolves them in <see cref="Folder"/>.
    /// </summary>
    public BrandKit Over(BrandKit brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        return brand with
        {
            Name = Name ?? brand.Name,
            Unit = Unit ?? brand.Unit,
            Website = Website ?? brand.Website,
            Social = Social ?? brand.Social,
        };
    }

    /// <summary>The logos <see cref="Load"/> found, with where unit.json names them, for the renderer to check they decode.</summary>
    internal IReadOnlyList<UnitLogo> LogoFiles { get; init; } = [];

    /// <summary>The files the unit is made of (<c>unit.json</c> and its logos), for the output cache's fingerprint.</summary>
    internal IEnumerable<string> Files =>
        new[] { FileName, Logo, LogoOnDark }.OfType<string>().Select(f => Path.Combine(Folder, f));
}
