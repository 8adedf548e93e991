using SkiaSharp;

namespace ContentKit.Output;

/// <summary>
/// Writes pages through Skia's PDF backend: text stays text (glyph runs in embedded subset fonts), shapes stay vectors,
/// photos are embedded at the size they were decoded. No dates and no document id, so the same pages give the same bytes.
/// </summary>
internal static class PdfWriter
{
    /// <summary>Photos as JPEG at this quality; a lossless page of photos would be tens of megabytes.</summary>
    private const int PhotoQuality = 92;

    /// <summary>Writes <paramref name="pages"/>, painted one at a time, to <paramref name="destination"/>.</summary>
    public static void Write(Stream destination, IEnumerable<PdfPage> pages, int rasterDpi, CancellationToken cancellationToken = default)
    {
        // Creation and Modified stay unset: Skia then writes no date, and without PDF/A no time-based document id.
        var metadata = new SKDocumentPdfMetadata
        {
            Creator = "ContentKit",
            Producer = "ContentKit",
            RasterDpi = rasterDpi,
            EncodingQuality = PhotoQuality,
            PdfA = false,
        };
        using var document = SKDocument.CreatePdf(destination, metadata)
            ?? throw new ContentKitException(Localized.Format(Messages.Encoder_Failed, "PDF"));
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var canvas = document.BeginPage(page.Width, page.Height);
            canvas.Scale(page.PointsPerPixel);
            page.Paint(canvas);
            document.EndPage();
        }

        document.Close();
    }
}
