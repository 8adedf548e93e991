using ContentKit.Drawing.Charts;
using ContentKit.Drawing.Icons;
using ContentKit.Layout.Charts;
using ContentKit.Layout.Elements;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>Draws a laid-out chart, mark group by mark group, in the order <see cref="ChartGeometry"/> lists them. All sizes come from layout.</summary>
internal static class ChartPainter
{
    private const float SmallIcon = 48;

    public static void Paint(SKCanvas canvas, ChartGeometry chart, IconLibrary icons) => Paint(canvas, chart, icons.Paint);

    /// <summary>Draws the chart with <paramref name="paintIcon"/> drawing each pictogram icon (tests pass their own, needing no icon files).</summary>
    public static void Paint(SKCanvas canvas, ChartGeometry chart, Action<SKCanvas, IconElement, SKRect> paintIcon)
    {
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var area in chart.Areas)
        {
            MarkShapes.Area(canvas, area, paint);
        }

        foreach (var bar in chart.Bars)
        {
            MarkShapes.Bar(canvas, bar, paint);
        }

        foreach (var track in chart.Tracks)
        {
            MarkShapes.Track(canvas, track, paint);
        }

        foreach (var arc in chart.Arcs)
        {
            ArcShapes.Arc(canvas, arc, paint);
        }

        foreach (var rule in chart.Rules)
        {
            MarkShapes.Rule(canvas, rule, paint);
        }

        foreach (var line in chart.Lines)
        {
            MarkShapes.Line(canvas, line, paint);
        }

        foreach (var cell in chart.Cells)
        {
            if (cell.Icon is { } name)
            {
                // Small outline icons get heavier lines (in the icon's 24-unit grid) so a grid of them still reads on a phone.
                var stroke = cell.Rect.Width < SmallIcon ? 2.5f : (float?)null;
                paintIcon(canvas, new IconElement { Name = "icon", Icon = name, Color = cell.Color, StrokeWidth = stroke }, cell.Rect.ToSkia());
            }
            else
            {
                MarkShapes.Dot(canvas, cell.Rect.ToSkia(), cell.Color, paint);
            }
        }

        foreach (var swatch in chart.Swatches)
        {
            MarkShapes.Dot(canvas, swatch.Rect.ToSkia(), swatch.Color, paint);
        }

        foreach (var label in chart.Labels)
        {
            TextPainter.Paint(canvas, label.Style, label.Block, label.Rect.ToSkia());
        }
    }
}
