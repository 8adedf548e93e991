using System.Drawing;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout;

/// <summary>Where a text block's lines sit in their box: shared by painting and the design check, so both see the same place.</summary>
internal static class TextPlacement
{
    /// <summary>The top of the first line in a content box of <paramref name="height"/> starting at <paramref name="top"/>.</summary>
    public static float Top(TextStyle style, TextBlock block, float top, float height)
    {
        var free = height - block.Height;
        return top + style.VerticalAlign switch
        {
            VerticalAlign.Center => Math.Max(0, free / 2),
            VerticalAlign.Bottom => Math.Max(0, free),
            _ => 0,
        };
    }

    /// <summary>Where <paramref name="line"/> starts in a content box of <paramref name="width"/> starting at <paramref name="left"/>.</summary>
    public static float Left(TextStyle style, TextLine line, float left, float width)
    {
        var align = style.Align ?? (line.RightToLeft ? TextAlign.Right : TextAlign.Left);
        return left + align switch
        {
            TextAlign.Center => (width - line.Width) / 2,
            TextAlign.Right => width - line.Width,
            _ => 0,
        };
    }

    /// <summary>Each line's rectangle on the canvas (its width and line height), for a text box laid out at <paramref name="box"/>.</summary>
    public static IEnumerable<(TextLine Line, RectangleF Rect)> Lines(LayoutBox box)
    {
        if (box is not { Element: TextElement text, Text: { } block })
        {
            yield break;
        }

        var padding = text.Box.Padding;
        var (left, width) = (box.Bounds.Left + padding.Left, Math.Max(0, box.Bounds.Width - padding.Left - padding.Right));
        var top = Top(text.Style, block, box.Bounds.Top + padding.Top, Math.Max(0, box.Bounds.Height - padding.Top - padding.Bottom));
        foreach (var line in block.Lines.Where(l => l.Words.Length > 0))
        {
            yield return (line, new RectangleF(Left(text.Style, line, left, width), top + line.Top, line.Width, line.Height));
        }
    }
}
