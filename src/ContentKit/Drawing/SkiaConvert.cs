using System.Drawing;
using ContentKit.Layout;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>Conversions from layout values to Skia's.</summary>
internal static class SkiaConvert
{
    public static SKColor ToSkia(this Rgba color) => new(color.R, color.G, color.B, color.A);

    public static SKRect ToSkia(this RectangleF rect) => new(rect.Left, rect.Top, rect.Right, rect.Bottom);

    /// <summary>A shader for a fill over <paramref name="bounds"/>; gradients follow CSS's angle and length rules.</summary>
    public static SKShader ToShader(this Fill fill, SKRect bounds)
    {
        if (fill is SolidFill solid)
        {
            return SKShader.CreateColor(solid.Color.ToSkia());
        }

        if (fill is RadialGradientFill radial)
        {
            return SKShader.CreateRadialGradient(
                new SKPoint(bounds.MidX, bounds.MidY),
                Math.Max(1, Math.Max(bounds.Width, bounds.Height) / 2),
                radial.Stops.Select(s => s.Color.ToSkia()).ToArray(),
                radial.Stops.Select(s => s.Offset).ToArray(),
                SKShaderTileMode.Clamp);
        }

        var gradient = (LinearGradientFill)fill;
        var radians = gradient.Angle * MathF.PI / 180f;
        var (dx, dy) = (MathF.Sin(radians), -MathF.Cos(radians));
        var half = ((MathF.Abs(bounds.Width * dx) + MathF.Abs(bounds.Height * dy)) / 2f);
        var centre = new SKPoint(bounds.MidX, bounds.MidY);
        return SKShader.CreateLinearGradient(
            new SKPoint(centre.X - (dx * half), centre.Y - (dy * half)),
            new SKPoint(centre.X + (dx * half), centre.Y + (dy * half)),
            gradient.Stops.Select(s => s.Color.ToSkia()).ToArray(),
            gradient.Stops.Select(s => s.Offset).ToArray(),
            SKShaderTileMode.Clamp);
    }
}
