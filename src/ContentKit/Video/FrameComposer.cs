using ContentKit.Drawing;
using ContentKit.Layout;
using ContentKit.Layout.Scenes;
using SkiaSharp;

namespace ContentKit.Video;

/// <summary>
/// Paints the whole frame at a video time: the scene (or two scenes mid-transition) and the caption on top.
/// <see cref="Changes"/> says whether a frame differs from an earlier one, so still stretches are painted once.
/// </summary>
internal sealed class FrameComposer(Timeline timeline, IReadOnlyList<ScenePainter> scenes, IReadOnlyList<(CaptionCue Cue, LayoutBox Box)> captions, Painter painter, SKSizeI size)
    : IDisposable
{
    /// <summary>How much larger the old scene grows as a zoom transition fades it out.</summary>
    private const float ZoomThrough = 0.15f;

    /// <summary>How far the old scene drifts under a slide, as a share of the new scene's travel: the depth of the parallax.</summary>
    private const float Parallax = 0.3f;

    private readonly FrameBuffer?[] _spares = new FrameBuffer?[2];

    public Timeline Timeline => timeline;

    public SKSizeI Size => size;

    /// <summary>The poster, a frame of the video: at the given time, or when the first scene has fully entered (a little into it when nothing enters).</summary>
    public int PosterFrame => Math.Clamp(
        (int)Math.Round((timeline.Script.Poster ?? (scenes[0].EnteredAt > 0 ? scenes[0].EnteredAt : Math.Min(1, scenes[0].Scene.Duration / 2))) * timeline.Fps),
        0,
        timeline.FrameCount - 1);

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

    /// <summary>Paints the frame at <paramref name="time"/>; <paramref name="target"/> is the canvas's memory, for painting it directly.</summary>
    public void Paint(SKCanvas canvas, double time, Pixels? target = null)
    {
        var (index, local) = timeline.At(time);
        if (timeline.TransitionAt(time) is { } transition)
        {
            var previous = index - 1;
            PaintTransition(canvas, target, transition.Transition.Kind, transition.Progress, scenes[previous], local + scenes[previous].Scene.Duration, scenes[index], local);
        }
        else
        {
            scenes[index].Paint(canvas, local, target);
        }

        if (Caption(time) is { } caption)
        {
            painter.Paint(canvas, caption);
        }
    }

    /// <summary>
    /// What a viewer sees at <paramref name="time"/> as boxes: the scene's tree moved by its motions (<see
    /// cref="ScenePainter.ShownAt"/>) and the caption, under one full-frame root. Mid-transition, the scene coming in.
    /// </summary>
    public LayoutBox Shown(double time)
    {
        var (index, local) = timeline.At(time);
        var children = new List<LayoutBox>();
        if (scenes[index].ShownAt(local) is { } scene)
        {
            children.Add(scene);
        }

        if (Caption(time) is { } caption)
        {
            children.Add(caption);
        }

        var frame = new System.Drawing.RectangleF(0, 0, size.Width, size.Height);
        return new LayoutBox(new Layout.Elements.ContainerElement { Name = "layers", Kind = Layout.Elements.ContainerKind.Layers }, frame, [.. children]);
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

    /// <summary>
    /// Both scenes are painted straight onto the frame, moved by whole pixels or clipped; a fade blends the new scene,
    /// painted into a spare frame, over the old one; a zoom enlarges the old scene as it fades over the new one.
    /// </summary>
    private void PaintTransition(SKCanvas canvas, Pixels? target, TransitionKind kind, float p, ScenePainter from, double fromTime, ScenePainter to, double toTime)
    {
        var (w, h) = (size.Width, size.Height);
        switch (kind)
        {
            case TransitionKind.PushLeft or TransitionKind.PushRight or TransitionKind.PushUp or TransitionKind.PushDown:
                var (dx, dy) = kind switch
                {
                    TransitionKind.PushLeft => (-w, 0),
                    TransitionKind.PushRight => (w, 0),
                    TransitionKind.PushUp => (0, -h),
                    _ => (0, h),
                };
                // Whole pixels: a scene moved by a fraction of a pixel would have to be resampled.
                var (x, y) = ((int)Math.Round(dx * p), (int)Math.Round(dy * p));
                Moved(canvas, x, y, () => from.Paint(canvas, fromTime, target));
                Moved(canvas, x - dx, y - dy, () => to.Paint(canvas, toTime, target));
                break;
            case TransitionKind.SlideLeft or TransitionKind.SlideRight or TransitionKind.SlideUp or TransitionKind.SlideDown:
                var (sx, sy) = kind switch
                {
                    TransitionKind.SlideLeft => (-w, 0),
                    TransitionKind.SlideRight => (w, 0),
                    TransitionKind.SlideUp => (0, -h),
                    _ => (0, h),
                };
                Moved(canvas, (int)Math.Round(sx * p * Parallax), (int)Math.Round(sy * p * Parallax), () => from.Paint(canvas, fromTime, target));
                using (var shade = new SKPaint { Color = SKColors.Black.WithAlpha(Alpha(p * 0.5f)) })
                {
                    canvas.DrawRect(SKRect.Create(w, h), shade);
                }

                Moved(canvas, (int)Math.Round(sx * (p - 1)), (int)Math.Round(sy * (p - 1)), () => to.Paint(canvas, toTime, target));
                break;
            case TransitionKind.WipeLeft or TransitionKind.WipeRight or TransitionKind.WipeUp or TransitionKind.WipeDown:
                from.Paint(canvas, fromTime, target);
                var save = canvas.Save();
                canvas.ClipRect(SKRectI.Round(kind switch
                {
                    TransitionKind.WipeLeft => new SKRect(w * (1 - p), 0, w, h),
                    TransitionKind.WipeRight => new SKRect(0, 0, w * p, h),
                    TransitionKind.WipeUp => new SKRect(0, h * (1 - p), w, h),
                    _ => new SKRect(0, 0, w, h * p),
                }));
                to.Paint(canvas, toTime, target);
                canvas.RestoreToCount(save);
                break;
            case TransitionKind.Zoom when target is not null:
                to.Paint(canvas, toTime, target);
                var (old, zoomed) = (Spare(0), Spare(1));
                from.Paint(old.Surface.Canvas, fromTime, old.Pixels);
                Pixels.ZoomInto(old.Pixels, 1, 1 + (ZoomThrough * p), zoomed.Pixels, SKRectI.Create(size), canvas.DeviceClipBounds, opaque: true);
                Pixels.Blend(target, canvas.DeviceClipBounds, zoomed.Pixels, 0, 0, Alpha(1 - p), opaque: false);
                break;
            case TransitionKind.Zoom:
                to.Paint(canvas, toTime);
                Faded(canvas, 1 - p, () => Scaled(canvas, 1 + (ZoomThrough * p), () => from.Paint(canvas, fromTime)));
                break;
            case TransitionKind.Crossfade when target is not null:
                from.Paint(canvas, fromTime, target);
                var next = Spare(0);
                to.Paint(next.Surface.Canvas, toTime, next.Pixels);
                Pixels.Blend(target, canvas.DeviceClipBounds, next.Pixels, 0, 0, Alpha(p), opaque: false);
                break;
            default:
                from.Paint(canvas, fromTime);
                Faded(canvas, p, () => to.Paint(canvas, toTime));
                break;
        }
    }

    /// <summary>A spare frame for painting a scene that is then blended or scaled onto the frame.</summary>
    private FrameBuffer Spare(int index) => _spares[index] ??= new FrameBuffer(size);

    private static byte Alpha(float opacity) => (byte)Math.Clamp(Math.Round(opacity * 255), 0, 255);

    private static void Moved(SKCanvas canvas, int dx, int dy, Action paint)
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
        using var fade = new SKPaint { Color = SKColors.White.WithAlpha(Alpha(opacity)) };
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

        foreach (var spare in _spares)
        {
            spare?.Dispose();
        }
    }
}
