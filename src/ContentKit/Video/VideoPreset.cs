namespace ContentKit.Video;

/// <summary>What a platform accepts: frame size, frame rate and the longest video, by the names video templates use for their formats.</summary>
/// <param name="Name">The format name, e.g. <c>reels</c>.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Fps">Frames per second.</param>
/// <param name="MaxSeconds">The platform's longest video, or null when it has no limit worth checking.</param>
internal sealed record VideoPreset(string Name, int Width, int Height, int Fps, double? MaxSeconds)
{
    /// <summary>Reels, TikTok and Shorts: vertical 1080×1920 at 30 fps, the default.</summary>
    public static VideoPreset Reels { get; } = new("reels", 1080, 1920, 30, null);

    /// <summary>The presets, by name.</summary>
    public static IReadOnlyList<VideoPreset> All { get; } =
    [
        Reels,
        new("feed", 1080, 1350, 30, null),
        new("square", 1080, 1080, 30, null),
        new("landscape", 1920, 1080, 30, null),
        new("whatsapp", 720, 1280, 30, 30),
    ];

    /// <summary>The preset named like <paramref name="format"/>, or null.</summary>
    public static VideoPreset? Find(string format) => All.FirstOrDefault(p => p.Name == format);
}
