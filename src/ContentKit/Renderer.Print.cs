using ContentKit.Drawing;
using ContentKit.Layout;
using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit;

/// <summary>PDF pages and paper sizes: photos decoded for print, one page per output or a whole batch in one file.</summary>
public sealed partial class Renderer
{
    private readonly ImageStore? _printImages;
    private readonly Painter? _printPainter;

    /// <summary>
    /// Writes one PDF with a page per unit, in the order given: the notice-board file of a batch. Each page is laid out
    /// and painted when its turn comes, so a long batch never holds more than one page.
    /// </summary>
    internal void RenderPdf(IEnumerable<(RenderUnit Unit, OutputFormat Format)> pages, Stream destination, CancellationToken cancellationToken)
    {
        var list = pages.ToList();
        var dpi = list.Count == 0 ? 72 : list.Max(p => RasterDpi(p.Format));
        PdfWriter.Write(destination, list.Select(p => Page(Layout(p.Unit, p.Format, cancellationToken), p.Format)), dpi, cancellationToken);
    }

    /// <summary>A page of the format's size in points, painted from the positioned tree (text as glyph runs, photos as decoded).</summary>
    private PdfPage Page(LayoutBox layout, OutputFormat format)
    {
        var scale = format.PointsPerPixel;
        var painter = PainterFor(format);
        return new PdfPage(format.Width * scale, format.Height * scale, scale, canvas => painter.Paint(canvas, layout));
    }

    /// <summary>What Skia cannot write as vectors (shadows, blurs) is rasterised at the format's own resolution.</summary>
    private static int RasterDpi(OutputFormat format) => format.Dpi ?? 96;

    private ImageStore ImagesFor(OutputFormat format) => format.IsPrint && _printImages is not null ? _printImages : _images;

    private Painter PainterFor(OutputFormat format) => format.IsPrint && _printPainter is not null ? _printPainter : _painter;

    /// <summary>
    /// A template with paper sizes decodes photos for them apart from the screen sizes: large enough to fill an A3 page at its
    /// resolution (the screen's decode size would print at about 180 dpi there), without making every feed image pay for it.
    /// </summary>
    private static (ImageStore?, Painter?) PrintTools(Template template, AssetResolver resolver, ImageLimits limits, Drawing.Icons.IconLibrary icons)
    {
        var side = template.Manifest.Formats.Where(f => f.IsPrint).Select(f => Math.Max(f.Width, f.Height)).DefaultIfEmpty(0).Max();
        if (side <= limits.DecodeSide)
        {
            return (null, null);
        }

        var images = new ImageStore(resolver, limits with { DecodeSide = side });
        return (images, new Painter(images, icons));
    }
}
