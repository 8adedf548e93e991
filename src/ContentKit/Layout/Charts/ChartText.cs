using System.Drawing;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Charts;

/// <summary>
/// Labels for one chart: styles from the chart's label font, size and colour, broken into lines by the
/// text engine. A label that is too long shrinks (to 70%) before it is cut with an ellipsis.
/// </summary>
internal sealed class ChartText(TextEngine engine, ChartElement chart)
{
    public const float LineHeight = 1.2f;
    private const float MinScale = 0.7f;
    private const float CrowdedScale = 0.5f;
    private const float Unmeasured = 100_000;

    /// <summary>The space between a mark and its label, and between labels.</summary>
    public float Gap => chart.LabelSize * 0.5f;

    public float Size => chart.LabelSize;

    /// <summary>The height of one line of a value label.</summary>
    public float ValueHeight => chart.LabelSize * LineHeight;

    /// <summary>Item labels: medium weight.</summary>
    public TextStyle Category(TextAlign align, int maxLines = 2) => Style(chart.LabelSize, 500, align, chart.LabelColor, maxLines);

    /// <summary>Values: bold, one line.</summary>
    public TextStyle Value(TextAlign align, Rgba? color = null) => Style(chart.LabelSize, 700, align, color ?? chart.LabelColor, 1);

    /// <summary>Labels under narrow slots (twelve months in a row) may shrink further rather than break a word.</summary>
    public static TextStyle Crowded(TextStyle style) => style with { MinSize = style.Size * CrowdedScale };

    public TextStyle Style(float size, int weight, TextAlign align, Rgba color, int maxLines) => new()
    {
        Family = chart.Font,
        Size = size,
        MinSize = size * MinScale,
        Fit = TextFit.Shrink,
        Weight = weight,
        Color = color,
        Align = align,
        LineHeight = LineHeight,
        MaxLines = maxLines,
    };

    /// <summary>Breaks <paramref name="text"/> at <paramref name="width"/> into at most the style's lines.</summary>
    public TextBlock Break(string text, TextStyle style, float width) =>
        engine.Break(TextElement.Plain(text, style), Math.Max(width, 1), style.Size * LineHeight * Math.Max(style.MaxLines, 1));

    /// <summary>
    /// Breaks labels that sit side by side at one size: the size the most-shrunk of them needed, so a long
    /// label does not end up smaller than its neighbours.
    /// </summary>
    public (List<TextBlock> Blocks, TextStyle Style) BreakAlike(IReadOnlyList<string> texts, TextStyle style, IReadOnlyList<float> widths)
    {
        var blocks = texts.Select((t, i) => Break(t, style, widths[i])).ToList();
        var size = blocks.Where((_, i) => texts[i].Length > 0).Select(b => b.Size).DefaultIfEmpty(style.Size).Min();
        if (size >= style.Size - 0.01f)
        {
            return (blocks, style);
        }

        var alike = style with { Size = size, MinSize = Math.Min(size, style.MinSize ?? size) };
        return ([.. texts.Select((t, i) => Break(t, alike, widths[i]))], alike);
    }

    /// <summary>
    /// Like <see cref="BreakAlike"/>, trying until no label is cut or broken between letters: a one-line style on
    /// one line, then two; then both smaller still (see <see cref="Crowded"/>), since a small whole number reads
    /// better than a cut one. A style of more lines tries its lines, then smaller. Null when every try cuts one.
    /// </summary>
    public (List<TextBlock> Blocks, TextStyle Style)? BreakAlikeWhole(IReadOnlyList<string> texts, TextStyle style, IReadOnlyList<float> widths)
    {
        var crowded = Crowded(style);
        TextStyle[] attempts = style.MaxLines == 1
            ? [style, style with { MaxLines = 2 }, crowded, crowded with { MaxLines = 2 }]
            : [style, crowded];
        foreach (var attempt in attempts)
        {
            var result = BreakAlike(texts, attempt, widths);
            if (!result.Blocks.Any(Cut))
            {
                return result;
            }
        }

        return null;
    }

    /// <summary>True when the block lost characters to an ellipsis or broke a word between letters.</summary>
    public static bool Cut(TextBlock block) => block.HiddenCharacters > 0 || block.BrokenWords > 0;

    /// <summary>The width of <paramref name="text"/> on one line at full size.</summary>
    public float Width(string text, TextStyle style) =>
        engine.Break(TextElement.Plain(text, style with { Fit = TextFit.None, MaxLines = 1 }), Unmeasured).Width;

    /// <summary>The label muted: captions under big numbers.</summary>
    public Rgba Muted => chart.LabelColor.WithAlpha(0.72f);

    /// <summary>White on dark fills, the label colour on light ones (gold, pale tracks).</summary>
    public Rgba On(Rgba fill)
    {
        var luminance = (0.2126 * Linear(fill.R)) + (0.7152 * Linear(fill.G)) + (0.0722 * Linear(fill.B));
        return luminance > 0.2 ? chart.LabelColor : Rgba.White;

        static double Linear(byte channel) => Math.Pow(channel / 255.0, 2.2);
    }

    /// <summary>A label in <paramref name="rect"/>, moved (never resized) to stay inside <paramref name="box"/>.</summary>
    public static ChartLabel Place(string text, TextBlock block, TextStyle style, RectangleF rect, RectangleF box, ChartLabelRole role, int? item)
    {
        var x = Math.Clamp(rect.X, box.Left, Math.Max(box.Left, box.Right - rect.Width));
        var y = Math.Clamp(rect.Y, box.Top, Math.Max(box.Top, box.Bottom - rect.Height));
        return new ChartLabel(text, block, style, new RectangleF(x, y, rect.Width, rect.Height), role, item);
    }
}
