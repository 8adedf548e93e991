using ContentKit.Layout.Charts;
using SkiaSharp;

namespace ContentKit.Drawing.Charts;

/// <summary>Draws pie slices, donut segments and ring arcs.</summary>
internal static class ArcShapes
{
    private const float Whole = 359.99f;

    public static void Arc(SKCanvas canvas, ChartArc arc, SKPaint paint)
    {
        if (arc.SweepAngle <= 0 || arc.OuterRadius <= 0)
        {
            return;
        }

        var (cx, cy) = (arc.Centre.X, arc.Centre.Y);
        var ring = arc.OuterRadius - arc.InnerRadius;
        var middle = (arc.OuterRadius + arc.InnerRadius) / 2;
        if (arc.InnerRadius > 0 && (arc.RoundCaps || arc.SweepAngle >= Whole))
        {
            // A ring is a stroke along the middle circle: round caps come with it, and a full turn has no seam.
            MarkShapes.Stroke(paint, arc.Color, ring);
            paint.StrokeCap = arc.RoundCaps && arc.SweepAngle < Whole ? SKStrokeCap.Round : SKStrokeCap.Butt;
            using var stroke = new SKPathBuilder();
            stroke.AddArc(new SKRect(cx - middle, cy - middle, cx + middle, cy + middle), arc.StartAngle, Math.Min(arc.SweepAngle, 360));
            using var strokePath = stroke.Detach();
            canvas.DrawPath(strokePath, paint);
            return;
        }

        MarkShapes.Fill(paint, arc.Color);
        if (arc.SweepAngle >= Whole)
        {
            canvas.DrawCircle(cx, cy, arc.OuterRadius, paint);
            return;
        }

        var outer = new SKRect(cx - arc.OuterRadius, cy - arc.OuterRadius, cx + arc.OuterRadius, cy + arc.OuterRadius);
        using var path = new SKPathBuilder();
        if (arc.InnerRadius > 0)
        {
            var inner = new SKRect(cx - arc.InnerRadius, cy - arc.InnerRadius, cx + arc.InnerRadius, cy + arc.InnerRadius);
            path.ArcTo(outer, arc.StartAngle, arc.SweepAngle, forceMoveTo: true);
            path.ArcTo(inner, arc.StartAngle + arc.SweepAngle, -arc.SweepAngle, forceMoveTo: false);
        }
        else
        {
            path.MoveTo(cx, cy);
            path.ArcTo(outer, arc.StartAngle, arc.SweepAngle, forceMoveTo: false);
        }

        path.Close();
        using var shape = path.Detach();
        canvas.DrawPath(shape, paint);
    }
}
