namespace ContentKit.Text;

/// <summary>Glyphs of one face in one style: the unit line breaking moves around and painting draws.</summary>
internal sealed record TextRun(ShapedText Shaped, RunStyle Style)
{
    public float Width => Shaped.Width(Style.Size, Style.LetterSpacing);
}
