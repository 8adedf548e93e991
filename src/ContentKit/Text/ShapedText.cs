namespace ContentKit.Text;

/// <summary>
/// Glyphs of one string shaped in one face, in font units (divide by units-per-em, multiply by size), in
/// visual order. <see cref="Clusters"/> gives, for each glyph, the index of the first UTF-16 char it came from.
/// </summary>
internal sealed record ShapedText(FontFace Face, string Text, ushort[] Glyphs, float[] Offsets, float[] Rises, int[] Clusters, float Advance, bool RightToLeft)
{
    /// <summary>True when the text has a letter, so its direction is strong (digits, punctuation and emoji are neutral).</summary>
    public bool HasLetters => Text.Any(char.IsLetter);

    public float Width(float size, float letterSpacing) =>
        (Advance * size / Face.UnitsPerEm) + (letterSpacing * Glyphs.Length);
}
