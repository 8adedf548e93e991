using ContentKit.Layout;

namespace ContentKit.Checks;

/// <summary>A box of the arranged tree with what the checks need around it: its parent, its path and the field it shows.</summary>
/// <param name="Box">The box.</param>
/// <param name="Parent">The box it sits in; null for the root.</param>
/// <param name="Path">Element names from the root, e.g. <c>column/box/text[isi]</c>.</param>
/// <param name="Name">How messages name the element: <c>text[isi]</c>, <c>text "Pengumuman"</c>, <c>qr[tautan]</c>.</param>
/// <param name="Field">The field whose value the element shows, when one can be named.</param>
internal sealed record CheckedBox(LayoutBox Box, CheckedBox? Parent, string Path, string Name, string? Field)
{
    /// <summary>True when this element or one it sits in is marked <c>decorative</c>.</summary>
    public bool Decorative => Box.Element.Box.Decorative || (Parent?.Decorative ?? false);

    /// <summary>The part of the box that can show: its bounds cut by every container around it that clips.</summary>
    public System.Drawing.RectangleF Visible => System.Drawing.RectangleF.Intersect(Box.Bounds, Parent?.ChildArea ?? Box.Bounds);

    /// <summary>Where this box's children can show: its own area when it clips them, else what its parent allows.</summary>
    private System.Drawing.RectangleF ChildArea
    {
        get
        {
            var outer = Parent?.ChildArea ?? new System.Drawing.RectangleF(-1e6f, -1e6f, 2e6f, 2e6f);
            var clips = Box.Overflow > 0 || Box.Element is Layout.Elements.ContainerElement { Decoration.Clip: true };
            return clips ? System.Drawing.RectangleF.Intersect(outer, Box.Bounds) : outer;
        }
    }
}
