using ContentKit.Layout.Elements;
using ContentKit.Layout.Scenes;

namespace ContentKit.Video;

/// <summary>
/// An image template as a short video (<c>--type mp4</c>): the design's sections rise and fade in one after another
/// over its background, it then holds long enough to be read, with the quiet music loop under it.
/// </summary>
internal static class AnimatedPoster
{
    public const double Duration = 10;

    /// <summary>Seconds between one section's entrance and the next.</summary>
    private const double Stagger = 0.25;

    public static VideoScript Script(Element design)
    {
        // The root keeps its background still; each of its children (a header, a body, a footer) enters in turn.
        var animated = design is ContainerElement { Children.Length: > 1 } root
            ? root with { Children = [.. root.Children.Select((child, i) => child with { Box = child.Box with { Motion = Entrance(i) } })] }
            : design with { Box = design.Box with { Motion = Entrance(0) } };
        var scene = new ContainerElement { Name = "scene", Kind = ContainerKind.Layers, Children = [animated] };
        return new VideoScript([new Scene(scene, Duration, null)])
        {
            Music = new AudioTrack("music:irama-tenang.ogg", Volume: 0.5, FadeIn: 0.5, FadeOut: 1.5, Start: 0),
        };
    }

    private static Motion Entrance(int index) => new() { Enter = [MotionPreset.Fade, MotionPreset.SlideUp], Delay = 0.2 + (index * Stagger), Duration = 0.8 };
}
