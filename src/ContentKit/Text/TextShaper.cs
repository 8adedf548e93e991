using System.Collections.Concurrent;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace ContentKit.Text;

/// <summary>
/// Shapes strings with HarfBuzz (kerning, ligatures) and remembers the result, so measuring the same
/// word again, at any size, costs a dictionary look-up.
/// </summary>
internal sealed class TextShaper
{
    private readonly ConcurrentDictionary<(FontFace Face, string Text), ShapedText> _cache = new();

    public ShapedText Shape(FontFace face, string text) => _cache.GetOrAdd((face, text), static key => ShapeUncached(key.Face, key.Text));

    private static ShapedText ShapeUncached(FontFace face, string text)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        face.HarfBuzzFont.Shape(buffer);

        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var glyphs = new ushort[infos.Length];
        var offsets = new float[infos.Length];
        var rises = new float[infos.Length];
        var clusters = new int[infos.Length];
        var x = 0f;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            offsets[i] = x + positions[i].XOffset;
            rises[i] = positions[i].YOffset; // Arabic vowel marks sit above or below the letters.
            x += positions[i].XAdvance;
        }

        return new ShapedText(face, text, glyphs, offsets, rises, clusters, x, buffer.Direction == Direction.RightToLeft);
    }
}
