using System.Collections.Immutable;

namespace ContentKit.Layout.Scenes;

/// <summary>
/// How an element moves in its scene: entrance and exit presets with timing, and keyframes. Times are seconds
/// from the start of the scene. Read from the animation attributes (<c>enter</c>, <c>exit</c>, <c>delay</c>…).
/// </summary>
internal sealed record Motion
{
    public const double DefaultDuration = 0.6;

    public ImmutableArray<MotionPreset> Enter { get; init; } = [];

    public ImmutableArray<MotionPreset> Exit { get; init; } = [];

    public double Delay { get; init; }

    /// <summary>The entrance's length; null means the preset's own (0.6 s, typewriter by length, count-up 1.2 s).</summary>
    public double? Duration { get; init; }

    /// <summary>The exit's length; the exit ends when the scene ends unless <see cref="ExitAt"/> says when it starts.</summary>
    public double ExitDuration { get; init; } = 0.4;

    public double? ExitAt { get; init; }

    /// <summary>The entrance and exit easing; null means the preset's own (<c>back</c> for pop, ease-out otherwise).</summary>
    public Easing? Easing { get; init; }

    /// <summary>On a container: its entrance applies to each child instead, child <c>i</c> starting <c>i × stagger</c> later.</summary>
    public double? Stagger { get; init; }

    public ImmutableArray<Keyframe> Keyframes { get; init; } = [];
}
