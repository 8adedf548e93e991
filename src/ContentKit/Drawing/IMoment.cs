using ContentKit.Layout;
using ContentKit.Text;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>
/// What moves at one moment of a video scene, as <see cref="Painter"/> asks for it: each element's
/// <see cref="MotionState"/> (opacity, offset, scale, rotation, wipe clip, typewriter, count-up), images of elements
/// painted once and only drawn since, and count-up text at the number shown. Video implements it; this is all
/// Drawing knows of video, so Drawing never calls Video and Video may call the painter.
/// </summary>
internal interface IMoment
{
    /// <summary>Where <paramref name="box"/> is in its animation; <see cref="MotionState.Identity"/> when it does not move.</summary>
    MotionState StateOf(LayoutBox box);

    /// <summary>Draws <paramref name="box"/> from an image painted earlier, in <paramref name="state"/>; false when it must be painted.</summary>
    bool TryDrawPainted(SKCanvas canvas, LayoutBox box, MotionState state, SKRect bounds, SKRect? clip);

    /// <summary>Draws a Ken Burns element enlarged <paramref name="zoom"/> times around its centre, or a photo's focal point.</summary>
    void DrawZoomed(SKCanvas canvas, LayoutBox box, SKRect bounds, float zoom);

    /// <summary>The lines of a count-up text at <paramref name="counted"/> (0…1) of the way to its number.</summary>
    TextBlock CountedText(LayoutBox box, float counted);

    /// <summary>The same moment for painting inside a layer, where writing the frame's memory directly would skip the layer.</summary>
    IMoment InLayer();
}
