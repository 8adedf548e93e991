using ContentKit.Layout.Elements;

namespace ContentKit.Text;

/// <summary>Lays out text elements with a font set: picks the face, shapes, breaks lines.</summary>
internal sealed class TextEngine(FontSet fonts, string defaultFamily)
{
    private readonly LineBreaker _breaker = new(new TextShaper());

    public FontSet Fonts => fonts;

    public TextBlock Break(TextElement element, float width)
    {
        var style = element.Style;
        var face = fonts.Match(style.Family ?? defaultFamily, style.Weight, style.Italic);
        return _breaker.Break(element.Text, face, style, Math.Max(width, 0));
    }

    public FontFace FaceOf(TextStyle style) => fonts.Match(style.Family ?? defaultFamily, style.Weight, style.Italic);
}
