using System.Drawing;
using ContentKit.Drawing;
using ContentKit.Layout;
using ContentKit.Text;
using SkiaSharp;

namespace ContentKit.Video;

/// <summary>One moment of a scene, as the painter needs it: each element's motion state, and count-up text re-broken for the number shown.</summary>
internal sealed class SceneMoment(double time, double sceneDuration, SizeF frame, Func<LayoutBox, float, TextBlock> countUp, SpriteCache sprites, Pixels? target) : IMoment
{
    public MotionState StateOf(LayoutBox box) =>
        box.Element.Box.Motion is { } motion ? MotionEvaluator.StateAt(motion, time, sceneDuration, frame) : MotionState.Identity;

    public TextBlock CountedText(LayoutBox box, float counted) => countUp(box, counted);

    /// <summary>Draws from the scene's sprites, straight into the frame's memory (<c>target</c>) when the canvas draws there.</summary>
    public bool TryDrawPainted(SKCanvas canvas, LayoutBox box, MotionState state, SKRect bounds, SKRect? clip) =>
        sprites.TryDraw(canvas, box, state, bounds, clip, target);

    public void DrawZoomed(SKCanvas canvas, LayoutBox box, SKRect bounds, float zoom) => sprites.DrawZoomed(canvas, box, bounds, zoom, target);

    /// <summary>The same moment for painting inside a layer, where writing the frame's memory directly would skip the layer.</summary>
    public SceneMoment InLayer() => target is null ? this : new(time, sceneDuration, frame, countUp, sprites, null);

    IMoment IMoment.InLayer() => InLayer();
}
