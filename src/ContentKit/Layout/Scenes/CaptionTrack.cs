namespace ContentKit.Layout.Scenes;

/// <summary>Burned-in captions: cues from an SRT file, or a text paced by reading time, drawn in the brand's style.</summary>
/// <param name="Text">Narration to split into cues; null when <see cref="Source"/> names an SRT file.</param>
/// <param name="Source">An SRT file reference; null when <see cref="Text"/> is given.</param>
/// <param name="Start">When paced text starts, in seconds.</param>
/// <param name="End">When paced text ends; null means half a second before the video ends.</param>
/// <param name="Style">Markup attributes for the caption's box and text (size, color, background, bottom…).</param>
internal sealed record CaptionTrack(string? Text, string? Source, double Start, double? End, CaptionStyle Style);

/// <summary>How captions look; the defaults follow the brand and keep clear of the platforms' buttons.</summary>
internal sealed record CaptionStyle
{
    /// <summary>Text size in pixels; null is 44 px on a 1080-pixel-wide frame, in proportion on others.</summary>
    public float? Size { get; init; }

    public string Color { get; init; } = "#FFFFFF";

    public string Background { get; init; } = "#000000B3";

    public string Font { get; init; } = "";

    /// <summary>Distance from the bottom of the frame as a share of its height; 0.22 keeps Reels' caption and buttons clear.</summary>
    public float Bottom { get; init; } = 0.22f;
}
