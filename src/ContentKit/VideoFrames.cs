namespace ContentKit;

/// <summary>
/// Frames of a video painted without encoding it (<see cref="Renderer.RenderFrames"/>): what a preview shows while a
/// template is being edited. Immutable; safe to share between threads.
/// </summary>
/// <param name="Duration">The video's length in seconds.</param>
/// <param name="PosterTime">When the poster frame (the thumbnail) is, in seconds.</param>
/// <param name="Frames">The frames in time order, each a PNG.</param>
public sealed record VideoFrames(double Duration, double PosterTime, IReadOnlyList<VideoFrame> Frames);

/// <summary>One painted frame of a <see cref="VideoFrames"/>. Immutable (do not change <see cref="Png"/>); safe to share between threads.</summary>
/// <param name="Time">Seconds from the start.</param>
/// <param name="Png">The frame as a PNG file's bytes.</param>
public sealed record VideoFrame(double Time, byte[] Png);
