using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using HbFont = HarfBuzzSharp.Font;

namespace ContentKit.Text;

/// <summary>
/// One font file: the Skia typeface that paints it and the HarfBuzz font that shapes it.
/// Shaping happens in font units, so one shaped result serves every size.
/// </summary>
internal sealed class FontFace : IDisposable
{
    private readonly Blob _blob;
    private readonly Face _face;

    public FontFace(SKTypeface typeface, string family, int weight, bool italic, string path)
    {
        Typeface = typeface;
        Family = family;
        Weight = weight;
        Italic = italic;
        Path = path;
        using var stream = typeface.OpenStream(out var index);
        _blob = stream.ToHarfBuzzBlob();
        _face = new Face(_blob, index);
        UnitsPerEm = _face.UnitsPerEm;
        HarfBuzzFont = new HbFont(_face);
        HarfBuzzFont.SetFunctionsOpenType();
        HarfBuzzFont.SetScale(UnitsPerEm, UnitsPerEm);

        // Colour fonts (emoji) carry bitmap or colour tables instead of plain outlines.
        IsColor = typeface.GetTableTags().Any(tag => tag is ColorBitmapTable or ColorLayerTable or AppleBitmapTable);
        using var font = new SKFont(typeface, UnitsPerEm);
        var metrics = font.Metrics;
        Ascent = -metrics.Ascent / UnitsPerEm;
        Descent = metrics.Descent / UnitsPerEm;
    }

    public SKTypeface Typeface { get; }

    public string Family { get; }

    public int Weight { get; }

    public bool Italic { get; }

    public string Path { get; }

    /// <summary>True for a colour font such as Noto Color Emoji.</summary>
    public bool IsColor { get; }

    public int UnitsPerEm { get; }

    /// <summary>Distance from baseline to the top of the tallest glyphs, as a fraction of the font size.</summary>
    public float Ascent { get; }

    /// <summary>Distance from baseline to the bottom of descenders, as a fraction of the font size.</summary>
    public float Descent { get; }

    /// <summary>Shared by all threads: HarfBuzz fonts are safe to shape with concurrently once set up, and this one is never changed after the constructor.</summary>
    internal HbFont HarfBuzzFont { get; }

    public bool HasGlyph(int codepoint) => HarfBuzzFont.TryGetGlyph((uint)codepoint, out _);

    private const uint ColorBitmapTable = 0x43424454; // 'CBDT'
    private const uint ColorLayerTable = 0x434F4C52; // 'COLR'
    private const uint AppleBitmapTable = 0x73626978; // 'sbix'


    public void Dispose()
    {
        HarfBuzzFont.Dispose();
        _face.Dispose();
        _blob.Dispose();
        Typeface.Dispose();
    }

    public override string ToString() => $"{Family} {Weight}{(Italic ? " italic" : "")}";
}
