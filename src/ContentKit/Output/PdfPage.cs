using SkiaSharp;

namespace ContentKit.Output;

/// <summary>One page of a PDF: its size in points, and what paints it in the layout's pixels.</summary>
/// <param name="Width">Width in points (1/72 inch).</param>
/// <param name="Height">Height in points.</param>
/// <param name="PointsPerPixel">The scale from the layout's pixels to points.</param>
/// <param name="Paint">Draws the page onto a canvas already scaled to pixels.</param>
internal sealed record PdfPage(float Width, float Height, float PointsPerPixel, Action<SKCanvas> Paint);
