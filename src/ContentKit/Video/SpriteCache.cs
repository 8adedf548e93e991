using ContentKit.Drawing;
using ContentKit.Layout;
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
    private readonly Dictionary<LayoutBox, (SKImage Image, SKPointI Origin)> _sprites = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LayoutBox, SKImage> _zoomed = new(ReferenceEqualityComparer.Instance);

    /// <summary>Chooses the sprites of a scene's moving part; its root and anything holding moving children are painted as usual.</summary>
    public void Choose(LayoutBox live)
    {
        foreach (var child in live.Children)
        {
            Choose(child, root: false);
        }
    }

    private void Choose(LayoutBox box, bool root)
    {
        var movingInside = box.Children.Any(HasMotion);
        var motion = box.Element.Box.Motion;
        if (!root && !movingInside && (motion is null || MovesAsAWhole(motion)))
        {
            _eligible.Add(box);
            return;
        }

        foreach (var child in box.Children)
        {
            Choose(child, root: false);
        }
    }

    /// <summary>Draws <paramref name="box"/> from its sprite in <paramref name="state"/>; false when it has none and must be painted.</summary>
    public bool TryDraw(SKCanvas canvas, LayoutBox box, MotionState state, SKRect bounds, SKRect? clip)
    {
        if (!_eligible.Contains(box))
        {
            return false;
        }

        if (!_sprites.TryGetValue(box, out var sprite))
        {
            _sprites[box] = sprite = Render(box);
        }

        using var paint = new SKPaint { Color = SKColors.White.WithAlpha((byte)Math.Round(Math.Clamp(state.Opacity, 0, 1) * 255)) };
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

    /// <summary>A Ken Burns element painted once at its largest zoom, so each frame only crops and scales it a little.</summary>
    public SKImage Zoomed(LayoutBox box)
    {
        if (_zoomed.TryGetValue(box, out var image))
        {
            return image;
        }

        var zoom = 1 + MotionState.KenBurnsZoom;
        var bounds = box.Bounds;
        using var surface = SKSurface.Create(new SKImageInfo((int)Math.Ceiling(bounds.Width * zoom), (int)Math.Ceiling(bounds.Height * zoom), SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Scale(zoom);
        surface.Canvas.Translate(-bounds.Left, -bounds.Top);
        painter.Paint(surface.Canvas, Still(box));
        return _zoomed[box] = surface.Snapshot();
    }

    private (SKImage, SKPointI) Render(LayoutBox box)
    {
        var origin = new SKPointI((int)Math.Floor(box.Bounds.Left) - Margin, (int)Math.Floor(box.Bounds.Top) - Margin);
        var width = (int)Math.Ceiling(box.Bounds.Right) + Margin - origin.X;
        var height = (int)Math.Ceiling(box.Bounds.Bottom) + Margin - origin.Y;
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Translate(-origin.X, -origin.Y);
        painter.Paint(surface.Canvas, Still(box));
        return (surface.Snapshot(), origin);
    }

    private static LayoutBox Still(LayoutBox box) => box with { Element = box.Element with { Box = box.Element.Box with { Motion = null } } };

    private static bool MovesAsAWhole(Motion motion) =>
        !motion.Enter.Concat(motion.Exit).Any(p => p is MotionPreset.Typewriter or MotionPreset.CountUp or MotionPreset.KenBurns);

    internal static bool HasMotion(LayoutBox box) => box.Element.Box.Motion is not null || box.Children.Any(HasMotion);

    public void Dispose()
    {
        foreach (var (image, _) in _sprites.Values)
        {
            image.Dispose();
        }

        foreach (var image in _zoomed.Values)
        {
            image.Dispose();
        }
    }
}
