using ContentKit.Drawing;
using ContentKit.Layout.Elements;
using SkiaSharp;

namespace ContentKit.Tests.Charts;

/// <summary>Stands in for the icon library: a person (round head, rounded body) in the icon's colour.</summary>
internal static class TestIcons
{
    public static void Person(SKCanvas canvas, IconElement icon, SKRect box)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = icon.Color.ToSkia() };
        var size = Math.Min(box.Width, box.Height);
        var (cx, top) = (box.MidX, box.MidY - (size / 2));
        canvas.DrawCircle(cx, top + (size * 0.22f), size * 0.2f, paint);
        canvas.DrawRoundRect(new SKRect(cx - (size * 0.32f), top + (size * 0.48f), cx + (size * 0.32f), top + size), size * 0.2f, size * 0.2f, paint);
    }
}
