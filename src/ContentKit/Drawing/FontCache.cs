using ContentKit.Text;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>Skia fonts for one paint call, one per face and size, set up for exact, unhinted rendering.</summary>
internal sealed class FontCache : IDisposable
{
    private readonly Dictionary<(FontFace, float), SKFont> _fonts = [];

    public SKFont Get(FontFace face, float size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
        {
            font = new SKFont(face.Typeface, size) { Subpixel = true, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, LinearMetrics = true };
            _fonts[(face, size)] = font;
        }

        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
    }
}
