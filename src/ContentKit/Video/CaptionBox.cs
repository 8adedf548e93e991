using System.Drawing;
using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Layout.Markup;
using ContentKit.Layout.Scenes;
using ContentKit.Text;

namespace ContentKit.Video;

/// <summary>
/// The element tree of one burned-in caption, built as elements (the markup reader's records) rather than written as
/// markup and read back: a rounded box in the caption style, centred, up to three lines, its bottom edge
/// <c>bottom</c> pixels above the frame's, which the caller keeps above the platform's covered band.
/// </summary>
internal static class CaptionBox
{
    /// <summary>Sizes are for a 1080-pixel-wide frame, scaled to the frame's shorter side.</summary>
    public static ContainerElement Of(string text, CaptionStyle style, SizeF frame, float bottom)
    {
        var scale = Math.Min(frame.Width, frame.Height) / 1080f;
        var line = TextElement.Plain(text, new TextStyle
        {
            Family = style.Font.Length > 0 ? style.Font : null,
            Size = style.Size ?? (44 * scale),
            Weight = 600,
            Color = ValueReader.Color(style.Color),
            Align = TextAlign.Center,
            LineHeight = 1.3f,
            MaxLines = 3,
        });
        var box = new ContainerElement
        {
            Name = "box",
            Kind = ContainerKind.Column,
            Decoration = new Decoration { Background = ValueReader.Fill(style.Background), Radius = 18 * scale },
            Box = BoxStyle.Default with { Padding = new Thickness(14 * scale, 30 * scale, 14 * scale, 30 * scale) },
            Children = [line],
        };
        var side = frame.Width * 0.08f;
        var row = new ContainerElement
        {
            Name = "row",
            Kind = ContainerKind.Row,
            Justify = Justify.Center,
            Box = BoxStyle.Default with
            {
                Left = Length.Pixels(0),
                Right = Length.Pixels(0),
                Bottom = Length.Pixels(bottom),
                Padding = new Thickness(0, side, 0, side),
            },
            Children = [box],
        };
        return new ContainerElement { Name = "layers", Kind = ContainerKind.Layers, Children = [row] };
    }
}
