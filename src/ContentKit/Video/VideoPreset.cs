using ContentKit.Layout;

namespace ContentKit.Video;

/// <summary>What a platform accepts: frame size, frame rate and the longest video, by the names video templates use for their formats.</summary>
/// <param name="Name">The format name, e.g. <c>reels</c>.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Fps">Frames per second.</param>
/// <param name="MaxSeconds">The platform's longest video, or null when it has no limit worth checking.</param>
internal sealed record VideoPreset(string Name, int Width, int Height, int Fps, double? MaxSeconds)
{
    /// <summary>
    /// The bands the platform's own interface covers, in pixels from each edge; null when nothing covers the frame.
    /// A template's format may declare its own (<c>"unsafe"</c> in <c>template.json</c>); these apply when it does not.
    /// </summary>
    public Thickness? Unsafe { get; init; }

    /// <summary>
    /// Reels, TikTok and Shorts: vertical 1080×1920 at 30 fps, the default. Reels takes up to 90 s. The bands are
    /// Meta's placement guidance (DESIGN §8): the top bar, the caption, audio line and buttons below, and the button
    /// column at the right edge; TikTok and Shorts cover about the same.
    /// </summary>
    public static VideoPreset Reels { get; } = new("reels", 1080, 1920, 30, 90) { Unsafe = new Thickness(270, 65, 670, 65) };

    /// <summary>The presets, by name.</summary>
    public static IReadOnlyList<VideoPreset> All { get; } =
    [
        Reels,
        new("feed", 1080, 1350, 30, null),
        new("square", 1080, 1080, 30, null),
        new("landscape", 1920, 1080, 30, null),
        // WhatsApp Status: 30 s a status; its top bar and reply line, as Stories' 190 and 255 px scaled to 1280.
        new("whatsapp", 720, 1280, 30, 30) { Unsafe = new Thickness(127, 0, 170, 0) },
    ];

    /// <summary>The preset named like <paramref name="format"/>, or null.</summary>
    public static VideoPreset? Find(string format) => All.FirstOrDefault(p => p.Name == format);
}
