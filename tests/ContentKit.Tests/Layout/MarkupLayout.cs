using System.Drawing;
using ContentKit.Layout;
using ContentKit.Layout.Markup;

namespace ContentKit.Tests.Layout;

/// <summary>Lays out markup the way a render does (read, then one engine per tree), without painting.</summary>
internal static class MarkupLayout
{
    public static LayoutBox Lay(this BundledFonts fonts, string markup, float width, float height) =>
        new LayoutEngine(fonts.Text, new FixedImageSizes()).Layout(MarkupReader.Read(markup), new SizeF(width, height));

    /// <summary>The box reached by child indexes from <paramref name="box"/>: <c>At(0, 2)</c> is the third child of the first child.</summary>
    public static LayoutBox At(this LayoutBox box, params int[] path) =>
        path.Aggregate(box, (parent, index) => parent.Children[index]);
}
