using System.Drawing;
using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Checks;

/// <summary>
/// Text contrast measured on the painted pixels behind each line (WCAG 2.1, 1.4.3): 4.5:1 for text, 3:1 for large
/// text (<see cref="Wcag.IsLarge"/>); under 3:1 is an error for any text. The background is the image painted once
/// more without its text, so a photo behind the words counts as it is; a translucent text colour (or element) is
/// blended over each background pixel as painting does. The 10th percentile of the line's pixels counts: a bright
/// patch of a photo behind the words is caught, a stray pixel is not. A text with an outline is measured against its
/// outline colour, and a text with a highlight band against the band.
/// </summary>
internal static class ContrastCheck
{
    private const double Percentile = 0.1;

    public static IEnumerable<Finding> Run(IReadOnlyList<CheckedBox> boxes, PaintedPixels background, CheckContext context)
    {
        foreach (var entry in boxes.Where(b => b.Box is { Element: TextElement, Text: not null }))
        {
            var text = (TextElement)entry.Box.Element;
            var opacity = Opacity(entry);
            if (opacity < 0.05f)
            {
                continue;
            }

            var worst = (Ratio: double.MaxValue, Needed: Wcag.Normal, Line: 0, Rect: RectangleF.Empty, Lighter: false);
            var number = 0;
            foreach (var (line, rect) in TextPlacement.Lines(entry.Box))
            {
                number++;
                var runs = line.Words.SelectMany(w => w.Word.Runs).ToList();
                var needed = runs.All(r => Wcag.IsLarge(r.Style.Size, r.Style.Weight)) ? Wcag.Large : Wcag.Normal;
                var colours = runs.Select(r => r.Style.Color.WithAlpha(opacity)).Distinct().ToList();
                if (Measure(background, rect, colours, text.Style) is { } measured && measured.Ratio / needed < worst.Ratio / worst.Needed)
                {
                    worst = (measured.Ratio, needed, number, rect, measured.TextLighter);
                }
            }

            if (worst.Ratio >= worst.Needed)
            {
                continue;
            }

            var photo = boxes.Any(b => b.Box.Element is ImageElement && b.Box.Bounds.IntersectsWith(worst.Rect));
            var fix = (photo, worst.Lighter) switch
            {
                (true, true) => Localized.Format(Messages.Check_ContrastPhotoBright, entry.Name),
                (true, false) => Localized.Format(Messages.Check_ContrastPhotoDark, entry.Name),
                _ => Messages.Check_ContrastColours,
            };
            yield return context.Found(
                FindingKind.Contrast,
                worst.Ratio < Wcag.Large ? FindingSeverity.Error : FindingSeverity.Warning,
                entry,
                Localized.Format(Messages.Check_Contrast, context.Format.Name, worst.Line, entry.Name, worst.Ratio, worst.Needed),
                fix,
                worst.Rect);
        }
    }

    /// <summary>The worst contrast of the line's colours at the percentile, or null when the line is off the canvas.</summary>
    /// <param name="background">The image painted without text.</param>
    /// <param name="rect">The line's rectangle.</param>
    /// <param name="colours">The line's text colours, with the element's opacity in their alpha.</param>
    /// <param name="style">For an outline or a highlight band, which stand between the letters and the background.</param>
    internal static (double Ratio, bool TextLighter)? Measure(PaintedPixels background, RectangleF rect, IReadOnlyList<Rgba> colours, TextStyle style)
    {
        var area = Rectangle.Intersect(
            Rectangle.FromLTRB((int)MathF.Floor(rect.Left), (int)MathF.Floor(rect.Top), (int)MathF.Ceiling(rect.Right), (int)MathF.Ceiling(rect.Bottom)),
            new Rectangle(0, 0, background.Width, background.Height));
        if (area.Width <= 0 || area.Height <= 0)
        {
            return null;
        }

        var behind = style.Stroke is { Width: >= 1.5f } stroke ? stroke.Color : style.Highlight;
        var worst = (Ratio: double.MaxValue, TextLighter: false);
        foreach (var colour in colours)
        {
            var ratios = new List<double>(area.Width * area.Height);
            var lighter = 0;
            for (var y = area.Top; y < area.Bottom; y++)
            {
                for (var x = area.Left; x < area.Right; x++)
                {
                    var under = behind is { } band ? Over(band, background.At(x, y)) : background.At(x, y);
                    var (text, ground) = (Wcag.Luminance(Over(colour, under)), Wcag.Luminance(under));
                    ratios.Add(Wcag.Ratio(text, ground));
                    lighter += text > ground ? 1 : 0;
                }
            }

            ratios.Sort();
            var ratio = ratios[(int)(Percentile * (ratios.Count - 1))];
            if (ratio < worst.Ratio)
            {
                worst = (ratio, lighter * 2 > ratios.Count);
            }
        }

        return worst;
    }

    /// <summary><paramref name="top"/> painted over an opaque <paramref name="bottom"/> (source-over).</summary>
    private static Rgba Over(Rgba top, Rgba bottom)
    {
        var a = top.A / 255f;
        byte Mix(byte t, byte b) => (byte)MathF.Round((t * a) + (b * (1 - a)));
        return new Rgba(Mix(top.R, bottom.R), Mix(top.G, bottom.G), Mix(top.B, bottom.B));
    }

    /// <summary>The element's opacity times that of every element it sits in, as painting's layers multiply them.</summary>
    private static float Opacity(CheckedBox entry) => entry.Box.Element.Box.Opacity * (entry.Parent is { } parent ? Opacity(parent) : 1);
}
