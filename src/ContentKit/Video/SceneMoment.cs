using System.Drawing;
using ContentKit.Layout;
using ContentKit.Text;

namespace ContentKit.Video;

/// <summary>One moment of a scene, as the painter needs it: each element's motion state, and count-up text re-broken for the number shown.</summary>
internal sealed class SceneMoment(double time, double sceneDuration, SizeF frame, Func<LayoutBox, float, TextBlock> countUp, SpriteCache sprites)
{
    public double Time => time;

    public MotionState StateOf(LayoutBox box) =>
        box.Element.Box.Motion is { } motion ? MotionEvaluator.StateAt(motion, time, sceneDuration, frame) : MotionState.Identity;

    public TextBlock CountedText(LayoutBox box, float counted) => countUp(box, counted);

    /// <summary>Images of elements painted once, drawn instead of painting them again.</summary>
    public SpriteCache Sprites => sprites;
}
