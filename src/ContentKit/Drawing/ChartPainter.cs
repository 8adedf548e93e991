using ContentKit.Drawing.Icons;
using ContentKit.Layout.Charts;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>Draws a laid-out chart.</summary>
internal static class ChartPainter
{
    public static void Paint(SKCanvas canvas, ChartGeometry chart, IconLibrary icons) => throw new NotImplementedException();
}
