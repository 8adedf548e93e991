using System.Collections.Immutable;
using ContentKit.Layout.Scenes;

namespace ContentKit.Video;

/// <summary>Where each scene starts, and which scene (and how far into it) a video time falls in.</summary>
internal sealed class Timeline
{
    private readonly ImmutableArray<double> _starts;

    public Timeline(VideoScript script, int fps)
    {
        Script = script;
        Fps = fps;
        var start = 0.0;
        var starts = ImmutableArray.CreateBuilder<double>();
        foreach (var scene in script.Scenes)
        {
            starts.Add(start);
            start += scene.Duration;
        }

        _starts = starts.ToImmutable();
        FrameCount = (int)Math.Round(script.Duration * fps, MidpointRounding.AwayFromZero);
    }

    public VideoScript Script { get; }

    public int Fps { get; }

    public int FrameCount { get; }

    /// <summary>The video's length: a whole number of frames.</summary>
    public double Duration => FrameCount / (double)Fps;

    public double TimeOf(int frame) => frame / (double)Fps;

    /// <summary>The scene shown at <paramref name="time"/> and the time inside it.</summary>
    public (int Scene, double Local) At(double time)
    {
        var index = _starts.Length - 1;
        while (index > 0 && _starts[index] > time + 1e-9)
        {
            index--;
        }

        return (index, time - _starts[index]);
    }

    /// <summary>The transition in progress at <paramref name="time"/>, with its eased progress; null between transitions.</summary>
    public (Transition Transition, float Progress)? TransitionAt(double time)
    {
        var (scene, local) = At(time);
        return Script.Scenes[scene].Transition is { } transition && local < transition.Duration
            ? (transition, (float)transition.Easing.Apply(local / transition.Duration))
            : null;
    }
}
