namespace ContentKit.Text;

/// <summary>The resolved style of one run of glyphs: paragraph style, inline span and fitting scale combined.</summary>
internal sealed record RunStyle(string Family, float Size, int Weight, bool Italic, Rgba Color, float LetterSpacing);
