namespace ContentKit.Video;

/// <summary>One caption on screen from <see cref="Start"/> to <see cref="End"/> (video seconds).</summary>
internal sealed record CaptionCue(double Start, double End, string Text);
