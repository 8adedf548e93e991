using System.Drawing;
using ContentKit.Layout;
using ContentKit.Text;

namespace ContentKit.Video;

/// <summary>One moment of a scene, as the painter needs it: each element's motion state, and count-up text re-broken for the number shown.</summary>
internal sealed class SceneMoment(double time, double sceneDuration, SizeF frame, Func<LayoutBox, float, TextBlock> countUp, Func<LayoutBox, SkiaSharp.SKImage> snapshot)
{
    public double Time => time;

    public MotionState StateOf(LayoutBox box) =>
        box.Element.Box.Motion is { } motion ? MotionEvaluator.StateAt(motion, time, sceneDuration, frame) : MotionState.Identity;

    public TextBlock CountedText(LayoutBox box, float counted) => countUp(box, counted);

    /// <summary>A Ken Burns element painted once at its largest zoom.</summary>
    public SkiaSharp.SKImage Snapshot(LayoutBox box) => snapshot(box);
}
