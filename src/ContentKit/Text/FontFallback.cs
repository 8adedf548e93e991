using System.Globalization;

namespace ContentKit.Text;

/// <summary>
/// Picks a face for every character: the style's family first, then the fallback families in order
/// (more Latin, colour emoji, Arabic), so mixed scripts and emoji never render as boxes. A character
/// no bundled font has is recorded as missing and drawn with the first face.
/// </summary>
internal sealed class FontFallback(FontSet fonts, IReadOnlyList<string> fallbackFamilies)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Family, int Weight, bool Italic), List<FontFace>> _chains = new();
    private const int VariationSelectorEmoji = 0xFE0F;

    public IEnumerable<(string Text, FontFace Face)> Split(string text, RunStyle style, ISet<string> missing)
    {
        var chain = Chain(style);
        FontFace? current = null;
        var start = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var cluster = elements.GetTextElement();
            var face = FaceFor(cluster, chain, current, missing);
            if (current is not null && face != current)
            {
                yield return (text[start..elements.ElementIndex], current);
                start = elements.ElementIndex;
            }

            current = face;
        }

        if (current is not null)
        {
            yield return (text[start..], current);
        }
    }

    private List<FontFace> Chain(RunStyle style) =>
        _chains.GetOrAdd((style.Family, style.Weight, style.Italic), _ => BuildChain(style));

    private List<FontFace> BuildChain(RunStyle style)
    {
        var chain = new List<FontFace> { fonts.Match(style.Family, style.Weight, style.Italic) };
        foreach (var family in fallbackFamilies.Where(f => fonts.Has(f)))
        {
            var face = fonts.Match(family, style.Weight, style.Italic);
            if (!chain.Contains(face))
            {
                chain.Add(face);
            }
        }

        return chain;
    }

    private static FontFace FaceFor(string cluster, List<FontFace> chain, FontFace? current, ISet<string> missing)
    {
        var codepoint = char.ConvertToUtf32(cluster, 0);
        if (char.IsWhiteSpace(cluster, 0) || CharUnicodeInfo.GetUnicodeCategory(codepoint) == UnicodeCategory.Format)
        {
            return current ?? chain[0];
        }

        // A text character followed by VS16 asks for its emoji form (❤️); prefer a face that has colour glyphs.
        var wantsEmoji = cluster.Length > 1 && cluster.EnumerateRunes().Any(r => r.Value == VariationSelectorEmoji);
        if (wantsEmoji && chain.FirstOrDefault(f => f.IsColor && f.HasGlyph(codepoint)) is { } emoji)
        {
            return emoji;
        }

        // Private-use characters mean nothing outside the font they were made for: whatever a font draws there is
        // not what the writer saw, so they count as missing.
        var privateUse = CharUnicodeInfo.GetUnicodeCategory(codepoint) == UnicodeCategory.PrivateUse;
        if (!privateUse && chain.FirstOrDefault(f => f.HasGlyph(codepoint)) is { } face)
        {
            return face;
        }

        missing.Add(cluster);
        return chain[0];
    }
}
