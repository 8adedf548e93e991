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
}
