using System.Drawing;
using ContentKit.Drawing;
using ContentKit.Layout.Scenes;

namespace ContentKit.Video;

/// <summary>
/// Computes an element's <see cref="MotionState"/> at a time in its scene, and the windows of time in which it
/// moves. Outside every window the state is constant, which is what lets still frames be reused.
/// </summary>
internal static class MotionEvaluator
{
    public const double TypewriterDuration = 1.5;
    public const double CountUpDuration = 1.2;

    public static MotionState StateAt(Motion motion, double time, double sceneDuration, SizeF frame)
    {
        var state = MotionState.Identity;
        if (!motion.Enter.IsEmpty)
        {
            var linear = Progress(time, motion.Delay, EnterDuration(motion));
            foreach (var preset in motion.Enter)
            {
                state = Apply(state, preset, Ease(motion, preset, linear), entering: true, frame);
            }
        }

        if (!motion.Exit.IsEmpty)
        {
            var linear = Progress(time, ExitStart(motion, sceneDuration), motion.ExitDuration);
            foreach (var preset in motion.Exit)
            {
                state = Apply(state, preset, 1 - Ease(motion, preset, linear), entering: false, frame);
            }
        }

        if (motion.Enter.Contains(MotionPreset.KenBurns))
        {
            state = state with { Zoom = (float)Math.Clamp(time / sceneDuration, 0, 1) };
        }

        return motion.Keyframes.IsEmpty ? state : WithKeyframes(state, motion, time);
    }

    /// <summary>The intervals (scene seconds) in which the element's state changes.</summary>
    public static IEnumerable<(double From, double To)> Windows(Motion motion, double sceneDuration)
    {
        if (!motion.Enter.IsEmpty)
        {
            yield return (motion.Delay, motion.Delay + EnterDuration(motion));
        }

        if (!motion.Exit.IsEmpty)
        {
            var start = ExitStart(motion, sceneDuration);
            yield return (start, start + motion.ExitDuration);
        }

        if (motion.Enter.Contains(MotionPreset.KenBurns))
        {
            yield return (0, double.PositiveInfinity);
        }

        if (!motion.Keyframes.IsEmpty)
        {
            yield return (motion.Keyframes[0].Time, motion.Keyframes[^1].Time);
        }
    }

    /// <summary>When the entrance is complete, in scene seconds; 0 without one. Ken Burns never completes and is not counted.</summary>
    public static double EnteredAt(Motion motion) =>
        motion.Enter.IsEmpty || motion.Enter.All(p => p == MotionPreset.KenBurns) ? 0 : motion.Delay + EnterDuration(motion);

    private static double EnterDuration(Motion motion) => motion.Duration ?? (
        motion.Enter.Contains(MotionPreset.Typewriter) ? TypewriterDuration
        : motion.Enter.Contains(MotionPreset.CountUp) ? CountUpDuration
        : Motion.DefaultDuration);

    private static double ExitStart(Motion motion, double sceneDuration) => motion.ExitAt ?? (sceneDuration - motion.ExitDuration);

    private static double Progress(double time, double start, double duration) =>
        duration <= 0 ? (time >= start ? 1 : 0) : Math.Clamp((time - start) / duration, 0, 1);

    /// <summary>A typewriter writes at an even pace; pop overshoots by default; everything else eases out.</summary>
    private static float Ease(Motion motion, MotionPreset preset, double linear) => (float)(preset switch
    {
        MotionPreset.Typewriter => linear,
        MotionPreset.Pop when motion.Easing is null => Easing.Back.Apply(linear),
        _ => (motion.Easing ?? Easing.EaseOut).Apply(linear),
    });

    /// <summary>Applies a preset at <paramref name="shown"/> (1 = in place, 0 = not yet entered or fully left).</summary>
    private static MotionState Apply(MotionState state, MotionPreset preset, float shown, bool entering, SizeF frame)
    {
        var away = 1 - shown;
        // An entrance arrives moving in the named direction; an exit leaves moving in it.
        var sign = entering ? -1 : 1;
        return preset switch
        {
            MotionPreset.Fade => state with { Opacity = state.Opacity * Math.Clamp(shown, 0, 1) },
            MotionPreset.SlideUp => state with { Y = state.Y - (sign * away * frame.Height * 0.05f) },
            MotionPreset.SlideDown => state with { Y = state.Y + (sign * away * frame.Height * 0.05f) },
            MotionPreset.SlideLeft => state with { X = state.X - (sign * away * frame.Width * 0.1f) },
            MotionPreset.SlideRight => state with { X = state.X + (sign * away * frame.Width * 0.1f) },
            MotionPreset.Pop => state with { Scale = state.Scale * (0.4f + (0.6f * shown)), Opacity = state.Opacity * Math.Clamp(shown * 2, 0, 1) },
            MotionPreset.Zoom => state with { Scale = state.Scale * (1 + (0.25f * away)), Opacity = state.Opacity * Math.Clamp(shown, 0, 1) },
            MotionPreset.WipeLeft or MotionPreset.WipeRight or MotionPreset.WipeUp or MotionPreset.WipeDown =>
                state with { Reveal = Math.Clamp(shown, 0, 1), Wipe = preset },
            MotionPreset.Typewriter => state with { Typed = Math.Clamp(shown, 0, 1) },
            MotionPreset.CountUp => state with { Counted = Math.Clamp(shown, 0, 1) },
            _ => state,
        };
    }

    private static MotionState WithKeyframes(MotionState state, Motion motion, double time)
    {
        foreach (var property in Enum.GetValues<MotionProperty>())
        {
            var frames = motion.Keyframes.Where(k => k.Values.ContainsKey(property)).ToList();
            if (frames.Count == 0)
            {
                continue;
            }

            var value = (float)ValueAt(frames, property, time, motion.Easing ?? Easing.EaseOut);
            state = property switch
            {
                MotionProperty.Opacity => state with { Opacity = state.Opacity * Math.Clamp(value, 0, 1) },
                MotionProperty.X => state with { X = state.X + value },
                MotionProperty.Y => state with { Y = state.Y + value },
                MotionProperty.Scale => state with { Scale = state.Scale * Math.Max(0, value) },
                _ => state with { Rotate = state.Rotate + value },
            };
        }

        return state;
    }

    private static double ValueAt(List<Keyframe> frames, MotionProperty property, double time, Easing easing)
    {
        if (time <= frames[0].Time)
        {
            return frames[0].Values[property];
        }

        for (var i = 1; i < frames.Count; i++)
        {
            if (time <= frames[i].Time)
            {
                var (from, to) = (frames[i - 1], frames[i]);
                var eased = easing.Apply((time - from.Time) / (to.Time - from.Time));
                return from.Values[property] + ((to.Values[property] - from.Values[property]) * eased);
            }
        }

        return frames[^1].Values[property];
    }
}
