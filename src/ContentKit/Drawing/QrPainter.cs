using ContentKit.Layout.Elements;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>Draws a QR code as vector modules.</summary>
internal static class QrPainter
{
    public static void Paint(SKCanvas canvas, QrElement qr, SKRect box, ImageStore images) => throw new NotImplementedException();
}
