using SkiaSharp;

namespace ContentKit.Text;

/// <summary>
/// The fonts a render may use: only files loaded from known folders, never the system's fonts,
/// so the same input gives the same pixels on every machine.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private readonly List<FontFace> _faces = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Family, int Weight, bool Italic), FontFace> _matches = new();

    public IEnumerable<string> Families => _faces.Select(f => f.Family).Distinct(StringComparer.OrdinalIgnoreCase).Order();

    /// <summary>Loads every .ttf and .otf under the folders, in a stable order.</summary>
    public static FontSet Load(IEnumerable<string> folders)
    {
        var set = new FontSet();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                set.Add(file);
            }
        }

        return set;
    }

    /// <summary>Adds a font file; call before rendering starts (matches are remembered).</summary>
    public void Add(string path)
    {
        _matches.Clear();
        if (_faces.Any(f => f.Path == path))
        {
            return;
        }

        var typeface = SKTypeface.FromFile(path)
            ?? throw new ContentKitException(Messages.Font_Unreadable, new ErrorLocation(File: path));
        var style = typeface.FontStyle;
        var italic = style.Slant != SKFontStyleSlant.Upright;
        _faces.Add(new FontFace(typeface, typeface.FamilyName, style.Weight, italic, path));
    }

    public bool Has(string family) => _faces.Any(f => f.Family.Equals(family, StringComparison.OrdinalIgnoreCase));

    /// <summary>The face of <paramref name="family"/> closest to the weight and slant asked for (CSS font matching).</summary>
    public FontFace Match(string family, int weight, bool italic) =>
        _matches.GetOrAdd((family.ToUpperInvariant(), weight, italic), _ => MatchUncached(family, weight, italic));

    private FontFace MatchUncached(string family, int weight, bool italic)
    {
        var candidates = _faces.Where(f => f.Family.Equals(family, StringComparison.OrdinalIgnoreCase)).ToList();
        if (candidates.Count == 0)
        {
            throw new ContentKitException(
                Localized.Format(Messages.Font_NotBundled, family, string.Join(", ", Families)));
        }

        return candidates
            .OrderBy(f => f.Italic == italic ? 0 : 1)
            .ThenBy(f => Math.Abs(f.Weight - weight))
            .ThenBy(f => f.Weight < weight ? 1 : 0)
            .First();
    }

    public void Dispose()
    {
        foreach (var face in _faces)
        {
            face.Dispose();
        }
    }
}
