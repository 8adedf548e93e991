using ContentKit.Layout;

namespace ContentKit.Checks;

/// <summary>
/// The design check every rendered image passes before it is called ready: geometry (nothing outside the canvas or its
/// box), text fit and size, contrast on the painted pixels, QR codes read back, ornaments over text, unsafe bands, and on paper the printer's margin.
/// </summary>
internal static class DesignCheck
{
    /// <summary>The findings for one output, errors first, each in tree (paint) order.</summary>
    /// <param name="root">The arranged tree.</param>
    /// <param name="pixels">The image as painted.</param>
    /// <param name="background">The same painted without text (<see cref="WithoutText"/>): what contrast is measured on.</param>
    /// <param name="context">Format, brand rules and rows.</param>
    public static IReadOnlyList<Finding> Run(LayoutBox root, PaintedPixels pixels, PaintedPixels background, CheckContext context)
    {
        var boxes = context.Walk(root);
        IEnumerable<Finding> findings =
        [
            .. GeometryCheck.Run(boxes, context),
            .. TextSizeCheck.Run(boxes, context),
            .. ContrastCheck.Run(boxes, background, context),
            .. QrCheck.Run(boxes, pixels, context),
            .. DecorationCheck.Run(boxes, context),
            .. UnsafeBandCheck.Run(boxes, context),
            .. PrintMarginCheck.Run(boxes, context),
        ];
        return [.. findings.OrderByDescending(f => f.Severity)];
    }

    /// <summary>The tree with its text blocks taken out, for painting the background the text is read against.</summary>
    public static LayoutBox WithoutText(LayoutBox box) =>
        box with { Text = null, Children = [.. box.Children.Select(WithoutText)] };
}
