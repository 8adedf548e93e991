namespace ContentKit;

/// <summary>How videos are encoded.</summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record VideoOptions
{
    /// <summary>The ffmpeg program; null looks for <c>ffmpeg</c> on PATH.</summary>
    public string? Ffmpeg { get; init; }

    /// <summary>x264's speed preset: <c>veryfast</c> (the default) renders quickly; <c>medium</c> makes smaller files.</summary>
    public string EncoderPreset { get; init; } = "veryfast";

    /// <summary>x264's constant rate factor: 20 looks clean on phones; lower is better and larger.</summary>
    public int Crf { get; init; } = 20;

    /// <summary>
    /// Longest ffmpeg may go without taking the next frame (or, after the last, without finishing, or ffprobe without
    /// answering) before it is stopped and the video fails: an ffmpeg that never reads its input cannot hang the batch.
    /// </summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The x264 presets accepted by <see cref="EncoderPreset"/>.</summary>
    public static IReadOnlyList<string> EncoderPresets { get; } = ["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow"];
}
