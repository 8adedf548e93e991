using System.Drawing;
using ContentKit.Layout;
using ContentKit.Text;

namespace ContentKit.Video;

/// <summary>One moment of a scene, as the painter needs it: each element's motion state, and count-up text re-broken for the number shown.</summary>
internal sealed class SceneMoment(double time, double sceneDuration, SizeF frame, Func<LayoutBox, float, TextBlock> countUp, SpriteCache sprites, Pixels? target)
{
    public MotionState StateOf(LayoutBox box) =>
        box.Element.Box.Motion is { } motion ? MotionEvaluator.StateAt(motion, time, sceneDuration, frame) : MotionState.Identity;

    public TextBlock CountedText(LayoutBox box, float counted) => countUp(box, counted);

    /// <summary>Images of elements painted once, drawn instead of painting them again.</summary>
    public SpriteCache Sprites => sprites;

    /// <summary>The canvas's memory while the canvas draws straight into it; null inside a layer or when painting elsewhere.</summary>
    public Pixels? Target => target;

    /// <summary>The same moment for painting inside a layer, where writing the frame's memory directly would skip the layer.</summary>
    public SceneMoment InLayer() => target is null ? this : new(time, sceneDuration, frame, countUp, sprites, null);
}
