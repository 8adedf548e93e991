using ContentKit.Drawing;
using ContentKit.Layout;
using ContentKit.Layout.Scenes;
using SkiaSharp;

namespace ContentKit.Video;

/// <summary>
/// Elements of a scene's moving part painted once into images (sprites) and then only drawn, moved or faded
/// each frame: an element that moves as a whole (fade, slide, pop, zoom, wipe, keyframes) or does not move
/// at all, with nothing moving inside it. Drawing an image costs a fraction of painting text, shadows and
/// gradients again, and fading it needs no extra layer. Ken Burns elements keep a larger image to zoom into.
/// </summary>
internal sealed class SpriteCache(Painter painter) : IDisposable
{
    /// <summary>Room around a sprite's box for shadows and anti-aliasing that reach outside it.</summary>
    private const int Margin = 64;

    private readonly HashSet<LayoutBox> _eligible = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LayoutBox, Sprite> _sprites = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LayoutBox, Sprite> _zoomed = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LayoutBox, SKPoint> _anchors = new(ReferenceEqualityComparer.Instance);

    /// <summary>Chooses the sprites of a scene's moving part; its root and anything holding moving children are painted as usual.</summary>
    public void Choose(LayoutBox live)
    {
        foreach (var child in live.Children)
        {
            ChooseFrom(child);
        }
    }

    private void ChooseFrom(LayoutBox box)
    {
        if (!box.Children.Any(HasMotion) && (box.Element.Box.Motion is not { } motion || MovesAsAWhole(motion)))
        {
            _eligible.Add(box);
            return;
        }

        foreach (var child in box.Children)
        {
            ChooseFrom(child);
        }
    }

    /// <summary>Draws <paramref name="box"/> from its sprite in <paramref name="state"/>; false when it has none and must be painted.</summary>
    public bool TryDraw(SKCanvas canvas, LayoutBox box, MotionState state, SKRect bounds, SKRect? clip, Pixels? target)
    {
        if (!_eligible.Contains(box))
        {
            return false;
        }

        if (!_sprites.TryGetValue(box, out var sprite))
        {
            _sprites[box] = sprite = Render(box);
        }

        var alpha = (byte)Math.Round(Math.Clamp(state.Opacity, 0, 1) * 255);
        // A slide moves by whole pixels (half a pixel off at most, which no one sees at 30 fps), so it stays a copy.
        if (target is not null && state is { Scale: 1, Rotate: 0 } && clip is null && Offset(canvas) is { } offset)
        {
            var (x, y) = (sprite.Origin.X + offset.X + (int)MathF.Round(state.X), sprite.Origin.Y + offset.Y + (int)MathF.Round(state.Y));
            Pixels.Blend(target, canvas.DeviceClipBounds, sprite.Pixels, x, y, alpha, sprite.Opaque);
            return true;
        }

        using var paint = new SKPaint { Color = SKColors.White.WithAlpha(alpha) };
        var save = canvas.Save();
        if (state.Transforms)
        {
            canvas.Translate(state.X, state.Y);
            canvas.Scale(state.Scale, state.Scale, bounds.MidX, bounds.MidY);
        }

        if (clip is { } c)
        {
            canvas.ClipRect(c);
        }

        if (state.Rotate != 0)
        {
            canvas.RotateDegrees(state.Rotate, bounds.MidX, bounds.MidY);
        }

        // At rest the sprite lands on whole pixels and is copied exactly; in motion it is filtered.
        var matrix = canvas.TotalMatrix;
        var exact = matrix.ScaleX == 1 && matrix.ScaleY == 1 && matrix.SkewX == 0 && matrix.SkewY == 0 && matrix.TransX % 1 == 0 && matrix.TransY % 1 == 0;
        canvas.DrawImage(sprite.Image, sprite.Origin.X, sprite.Origin.Y, exact ? SKSamplingOptions.Default : new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), paint);
        canvas.RestoreToCount(save);
        return true;
    }

    /// <summary>
    /// Draws a Ken Burns element at <paramref name="zoom"/>: an image painted once at the largest zoom, scaled down a
    /// little around the element's anchor (a photo's focal point, else its centre). Straight into the frame's memory when it can (a quarter of the cost), else through Skia.
    /// </summary>
    public void DrawZoomed(SKCanvas canvas, LayoutBox box, SKRect bounds, float zoom, Pixels? target)
    {
        var largest = 1 + MotionState.KenBurnsZoom;
        var origin = new SKPointI((int)Math.Floor(bounds.Left), (int)Math.Floor(bounds.Top));
        var size = new SKSizeI((int)Math.Ceiling(bounds.Right) - origin.X, (int)Math.Ceiling(bounds.Bottom) - origin.Y);
        if (!_zoomed.TryGetValue(box, out var source))
        {
            _zoomed[box] = source = new Sprite(PaintStill(box, origin, largest, (int)Math.Ceiling(size.Width * largest), (int)Math.Ceiling(size.Height * largest)), origin);
            _anchors[box] = painter.ZoomAnchor(box);
        }

        // A photo's focal point stays where it is while the rest grows away from it: the move closes in on the subject.
        var anchor = _anchors[box];
        if (target is not null && Offset(canvas) is { } offset)
        {
            var at = SKRectI.Create(origin.X + offset.X, origin.Y + offset.Y, size.Width, size.Height);
            Pixels.ZoomInto(source.Pixels, largest, zoom, target, at, canvas.DeviceClipBounds, source.Opaque, anchor);
            return;
        }

        var (w, h) = (size.Width * largest / zoom, size.Height * largest / zoom);
        var crop = SKRect.Create((source.Pixels.Width - w) * anchor.X, (source.Pixels.Height - h) * anchor.Y, w, h);
        canvas.DrawImage(source.Image, crop, SKRect.Create(origin.X, origin.Y, size.Width, size.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
    }

    /// <summary>
    /// Where the canvas's origin is in its memory, when it draws straight into it: moved by whole pixels only (as a
    /// scene being pushed is) and clipped to a rectangle. Null when only Skia can draw it (scaled, rotated, rounded clip).
    /// </summary>
    private static SKPointI? Offset(SKCanvas canvas)
    {
        var m = canvas.TotalMatrix;
        return m.ScaleX == 1 && m.ScaleY == 1 && m.SkewX == 0 && m.SkewY == 0 && m.Persp0 == 0 && m.Persp1 == 0 && m.Persp2 == 1
            && m.TransX % 1 == 0 && m.TransY % 1 == 0 && canvas.IsClipRect
            ? new SKPointI((int)m.TransX, (int)m.TransY)
            : null;
    }

    private Sprite Render(LayoutBox box)
    {
        var origin = new SKPointI((int)Math.Floor(box.Bounds.Left) - Margin, (int)Math.Floor(box.Bounds.Top) - Margin);
        var (width, height) = ((int)Math.Ceiling(box.Bounds.Right) + Margin - origin.X, (int)Math.Ceiling(box.Bounds.Bottom) + Margin - origin.Y);
        return new Sprite(PaintStill(box, origin, 1, width, height), origin);
    }

    /// <summary>Paints <paramref name="box"/> without its motion, enlarged by <paramref name="scale"/>, into new pixels whose top-left is <paramref name="origin"/>.</summary>
    private Pixels PaintStill(LayoutBox box, SKPointI origin, float scale, int width, int height)
    {
        var pixels = new Pixels(width, height);
        using var surface = SKSurface.Create(pixels.Info, pixels.Address, pixels.Info.RowBytes);
        surface.Canvas.Scale(scale);
        surface.Canvas.Translate(-origin.X, -origin.Y);
        painter.Paint(surface.Canvas, box with { Element = box.Element with { Box = box.Element.Box with { Motion = null } } });
        return pixels;
    }

    private static bool MovesAsAWhole(Motion motion) =>
        !motion.Enter.Concat(motion.Exit).Any(p => p is MotionPreset.Typewriter or MotionPreset.CountUp or MotionPreset.KenBurns);

    internal static bool HasMotion(LayoutBox box) => box.Element.Box.Motion is not null || box.Children.Any(HasMotion);

    public void Dispose()
    {
        foreach (var sprite in _sprites.Values.Concat(_zoomed.Values))
        {
            sprite.Image.Dispose();
        }
    }

    /// <summary>An element's pixels, where they go in the frame, and a Skia image over them for drawing through a transform.</summary>
    private sealed class Sprite(Pixels pixels, SKPointI origin)
    {
        public Pixels Pixels => pixels;

        public SKPointI Origin => origin;

        public bool Opaque { get; } = pixels.Opaque;

        public SKImage Image { get; } = pixels.Image();
    }
}
