using ContentKit.Layout;
using ContentKit.Layout.Charts;
using SkiaSharp;

namespace ContentKit.Drawing.Charts;

/// <summary>Draws the straight-edged marks of charts: bars, progress tracks, areas, lines, rules and dots.</summary>
internal static class MarkShapes
{
    public static void Bar(SKCanvas canvas, ChartBar bar, SKPaint paint)
    {
        var rect = bar.Rect.ToSkia();
        if (rect.Width <= 0 || rect.Height <= 0)
        {
            return;
        }

        // A bar shorter than its radius gets flatter corners, never corners bigger than itself.
        var along = bar.Corners is BarEnd.Top or BarEnd.Bottom ? rect.Height : rect.Width;
        var across = bar.Corners is BarEnd.Top or BarEnd.Bottom ? rect.Width : rect.Height;
        var r = Math.Min(bar.Radius, Math.Min(along, across / 2));
        var round = new SKPoint(r, r);
        SKPoint[] radii = bar.Corners switch
        {
            BarEnd.Top => [round, round, default, default],
            BarEnd.Bottom => [default, default, round, round],
            BarEnd.Right => [default, round, round, default],
            _ => [round, default, default, round],
        };
        using var shape = new SKRoundRect();
        shape.SetRectRadii(rect, radii);
        Fill(paint, bar.Color);
        canvas.DrawRoundRect(shape, paint);
    }

    public static void Track(SKCanvas canvas, ChartTrack track, SKPaint paint)
    {
        var rect = track.Track.ToSkia();
        if (rect.Width <= 0 || rect.Height <= 0)
        {
            return;
        }

        var radius = rect.Height / 2;
        using var shape = new SKRoundRect(rect, radius);
        Fill(paint, track.TrackColor);
        canvas.DrawRoundRect(shape, paint);
        if (track.Fill.Width <= 0)
        {
            return;
        }

        // The fill keeps the track's round left end and has its own round right end, even when it is shorter than it is tall.
        var save = canvas.Save();
        canvas.ClipRoundRect(shape, antialias: true);
        var fill = track.Fill.ToSkia();
        Fill(paint, track.FillColor);
        canvas.DrawRoundRect(new SKRect(fill.Right - Math.Max(fill.Width, rect.Height), fill.Top, fill.Right, fill.Bottom), radius, radius, paint);
        canvas.RestoreToCount(save);
    }

    public static void Area(SKCanvas canvas, ChartArea area, SKPaint paint)
    {
        if (area.Points.Length < 2)
        {
            return;
        }

        using var path = new SKPathBuilder();
        path.MoveTo(area.Points[0].X, area.BaselineY);
        foreach (var point in area.Points)
        {
            path.LineTo(point.X, point.Y);
        }

        path.LineTo(area.Points[^1].X, area.BaselineY);
        path.Close();

        // Fades towards the baseline so the line above it stays the strongest mark.
        var top = area.Points.Min(p => p.Y);
        var color = area.Color.ToSkia();
        // The paint's alpha would multiply the gradient's: keep it opaque.
        Fill(paint, Rgba.White);
        using var shader = SKShader.CreateLinearGradient(
            new SKPoint(0, Math.Min(top, area.BaselineY)),
            new SKPoint(0, Math.Max(area.BaselineY, top + 1)),
            [color, color.WithAlpha((byte)(color.Alpha / 4))],
            SKShaderTileMode.Clamp);
        paint.Shader = shader;
        using var shape = path.Detach();
        canvas.DrawPath(shape, paint);
        paint.Shader = null;
    }

    public static void Line(SKCanvas canvas, ChartLine line, SKPaint paint)
    {
        if (line.Points.Length > 1)
        {
            using var path = new SKPathBuilder();
            path.MoveTo(line.Points[0].X, line.Points[0].Y);
            foreach (var point in line.Points.Skip(1))
            {
                path.LineTo(point.X, point.Y);
            }

            Stroke(paint, line.Color, line.Width);
            paint.StrokeJoin = SKStrokeJoin.Round;
            paint.StrokeCap = SKStrokeCap.Round;
            using var shape = path.Detach();
            canvas.DrawPath(shape, paint);
        }

        foreach (var point in line.Points)
        {
            Fill(paint, line.Color);
            canvas.DrawCircle(point.X, point.Y, line.MarkerRadius, paint);
            Fill(paint, Rgba.White);
            canvas.DrawCircle(point.X, point.Y, line.MarkerRadius - line.Width, paint);
        }
    }

    public static void Rule(SKCanvas canvas, ChartRule rule, SKPaint paint)
    {
        Stroke(paint, rule.Color, rule.Width);
        paint.StrokeCap = SKStrokeCap.Butt;
        canvas.DrawLine(rule.From.X, rule.From.Y, rule.To.X, rule.To.Y, paint);
    }

    public static void Dot(SKCanvas canvas, SKRect rect, Rgba color, SKPaint paint)
    {
        Fill(paint, color);
        canvas.DrawOval(rect, paint);
    }

    public static void Fill(SKPaint paint, Rgba color)
    {
        paint.Style = SKPaintStyle.Fill;
        paint.Color = color.ToSkia();
    }

    public static void Stroke(SKPaint paint, Rgba color, float width)
    {
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = width;
        paint.Color = color.ToSkia();
    }
}
