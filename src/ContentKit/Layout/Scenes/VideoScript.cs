using System.Collections.Immutable;

namespace ContentKit.Layout.Scenes;

/// <summary>What a video template's markup describes: scenes in order, the sound under them, captions and the poster time.</summary>
internal sealed record VideoScript(ImmutableArray<Scene> Scenes)
{
    public AudioTrack? Music { get; init; }

    public AudioTrack? Voice { get; init; }

    public CaptionTrack? Captions { get; init; }

    /// <summary>The time of the poster frame; null picks the moment the first scene has fully entered.</summary>
    public double? Poster { get; init; }

    /// <summary>Scenes play back to back; a transition overlaps the start of the scene it leads into, so it adds no time.</summary>
    public double Duration => Scenes.Sum(s => s.Duration);
}
