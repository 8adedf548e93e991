using ContentKit.Drawing;
using ContentKit.Layout;
using SkiaSharp;

namespace ContentKit.Video;

/// <summary>
/// Paints the whole frame at a video time: the scene (or two scenes mid-transition) and the caption on top.
/// <see cref="Changes"/> says whether a frame differs from an earlier one, so still stretches are painted once.
/// </summary>
internal sealed class FrameComposer(Timeline timeline, IReadOnlyList<ScenePainter> scenes, IReadOnlyList<(CaptionCue Cue, LayoutBox Box)> captions, Painter painter, SKSizeI size)
    : IDisposable
{
    public Timeline Timeline => timeline;

    public SKSizeI Size => size;

    /// <summary>The poster moment: the given time, or when the first scene has fully entered (a little into it when nothing enters).</summary>
    public double PosterTime => Math.Clamp(
        timeline.Script.Poster ?? (scenes[0].EnteredAt > 0 ? scenes[0].EnteredAt : Math.Min(1, scenes[0].Scene.Duration / 2)),
        0,
        timeline.Duration - (1.0 / timeline.Fps));

    /// <summary>True when the frame at <paramref name="to"/> may differ from the one at <paramref name="from"/>.</summary>
    public bool Changes(double from, double to)
    {
        var (a, localA) = timeline.At(from);
        var (b, localB) = timeline.At(to);
        return a != b
            || timeline.TransitionAt(from) is not null
            || timeline.TransitionAt(to) is not null
            || scenes[b].Moves(localA, localB)
            || Caption(from) != Caption(to);
    }

    /// <summary>
    /// The rectangle that may differ between the frames at <paramref name="from"/> and <paramref name="to"/>, or null
    /// when the whole frame must be painted (another scene, a transition, a new caption).
    /// </summary>
    public SKRect? Changed(double from, double to)
    {
        var (a, localA) = timeline.At(from);
        var (b, localB) = timeline.At(to);
        return a == b && timeline.TransitionAt(from) is null && timeline.TransitionAt(to) is null && Caption(from) == Caption(to)
            ? scenes[b].Changed(localA, localB)
            : null;
    }

    public void Paint(SKCanvas canvas, double time)
    {
        var (index, local) = timeline.At(time);
        if (timeline.TransitionAt(time) is { } transition)
        {
            var previous = index - 1;
            PaintTransition(canvas, transition.Transition.Kind, transition.Progress, scenes[previous], local + scenes[previous].Scene.Duration, scenes[index], local);
        }
        else
        {
            scenes[index].Paint(canvas, local);
        }

        if (Caption(time) is { } caption)
        {
            painter.Paint(canvas, caption);
        }
    }

    private LayoutBox? Caption(double time)
    {
        foreach (var (cue, box) in captions)
        {
            if (time >= cue.Start && time < cue.End)
            {
                return box;
            }
        }

        return null;
    }

    /// <summary>Both scenes are painted straight onto the frame, moved, clipped or faded; no intermediate images are needed.</summary>
    private void PaintTransition(SKCanvas canvas, TransitionKind kind, float p, ScenePainter from, double fromTime, ScenePainter to, double toTime)
    {
        var (w, h) = ((float)size.Width, (float)size.Height);
        switch (kind)
        {
            case TransitionKind.PushLeft or TransitionKind.PushRight or TransitionKind.PushUp or TransitionKind.PushDown:
                var (dx, dy) = kind switch
                {
                    TransitionKind.PushLeft => (-w, 0f),
                    TransitionKind.PushRight => (w, 0f),
                    TransitionKind.PushUp => (0f, -h),
                    _ => (0f, h),
                };
                Moved(canvas, dx * p, dy * p, () => from.Paint(canvas, fromTime));
                Moved(canvas, dx * (p - 1), dy * (p - 1), () => to.Paint(canvas, toTime));
                break;
            case TransitionKind.WipeLeft or TransitionKind.WipeRight or TransitionKind.WipeUp or TransitionKind.WipeDown:
                from.Paint(canvas, fromTime);
                var save = canvas.Save();
                canvas.ClipRect(kind switch
                {
                    TransitionKind.WipeLeft => new SKRect(w * (1 - p), 0, w, h),
                    TransitionKind.WipeRight => new SKRect(0, 0, w * p, h),
                    TransitionKind.WipeUp => new SKRect(0, h * (1 - p), w, h),
                    _ => new SKRect(0, 0, w, h * p),
                });
                to.Paint(canvas, toTime);
                canvas.RestoreToCount(save);
                break;
            case TransitionKind.Zoom:
                Scaled(canvas, 1 + (0.15f * p), () => from.Paint(canvas, fromTime));
                Faded(canvas, p, () => Scaled(canvas, 0.85f + (0.15f * p), () => to.Paint(canvas, toTime)));
                break;
            default:
                from.Paint(canvas, fromTime);
                Faded(canvas, p, () => to.Paint(canvas, toTime));
                break;
        }
    }

    private static void Moved(SKCanvas canvas, float dx, float dy, Action paint)
    {
        var save = canvas.Save();
        canvas.Translate(dx, dy);
        paint();
        canvas.RestoreToCount(save);
    }

    private void Scaled(SKCanvas canvas, float scale, Action paint)
    {
        var save = canvas.Save();
        canvas.Scale(scale, scale, size.Width / 2f, size.Height / 2f);
        paint();
        canvas.RestoreToCount(save);
    }

    private static void Faded(SKCanvas canvas, float opacity, Action paint)
    {
        using var fade = new SKPaint { Color = SKColors.White.WithAlpha((byte)Math.Clamp(opacity * 255, 0, 255)) };
        var save = canvas.SaveLayer(fade);
        paint();
        canvas.RestoreToCount(save);
    }

    public void Dispose()
    {
        foreach (var scene in scenes)
        {
            scene.Dispose();
        }
    }
}
