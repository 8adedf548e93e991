using System.Collections.Immutable;
using ContentKit.Layout.Elements;
using ContentKit.Layout.Scenes;

namespace ContentKit.Video;

/// <summary>
/// An image template as a short video (<c>--type mp4</c>). Frame 0 is the design itself, as the still shows it (the
/// platforms take it as the thumbnail): its sections settle into place from a few pixels lower within the first
/// second (all but the first), and then the whole design keeps moving slowly to the end (photos close in on their subject, everything else
/// drifts a little larger), with the quiet music loop under it.
/// </summary>
internal static class AnimatedPoster
{
    public const double Duration = 10;

    /// <summary>How far below its place a section starts, in pixels: a settle, not an entrance from nowhere.</summary>
    private const double Settle = 24;

    /// <summary>Seconds between one section's settling and the next; the last one is in place before 1 s.</summary>
    private const double Stagger = 0.1;

    /// <summary>When the slow drift starts (after the settling) and how much larger the design is at the end.</summary>
    private const double DriftFrom = 1.0;

    private const double DriftScale = 1.03;

    public static VideoScript Script(Element design)
    {
        var photos = WithKenBurns(design);
        // The root keeps its place and background, and so does its first child (a header flush with the top edge would
        // uncover a strip of background above it); the others (the body, the footer) settle in turn.
        var settled = photos is ContainerElement { Children.Length: > 1 } root
            ? root with { Children = [.. root.Children.Select((child, i) => i == 0 ? child : child with { Box = child.Box with { Motion = Settling(child, i - 1) } })] }
            : photos;
        var drifting = settled with { Box = settled.Box with { Motion = Drift() } };
        var scene = new ContainerElement { Name = "scene", Kind = ContainerKind.Layers, Children = [drifting] };
        return new VideoScript([new Scene(scene, Duration, null)])
        {
            Music = new AudioTrack("music:irama-tenang.ogg", Volume: 0.5, FadeIn: 0.5, FadeOut: 1.5, Start: 0),
        };
    }

    /// <summary>Every cropped photo closes in on its subject for the whole video; logos and icons (fit contain) stay still.</summary>
    private static Element WithKenBurns(Element element) => element switch
    {
        ImageElement { Fit: ImageFit.Cover, Box.Motion: null } photo => photo with { Box = photo.Box with { Motion = new Motion { Enter = [MotionPreset.KenBurns] } } },
        ContainerElement container => container with { Children = [.. container.Children.Select(WithKenBurns)] },
        _ => element,
    };

    /// <summary>A child settles over its own Ken Burns motion, if it is a photo, instead of replacing it.</summary>
    private static Motion Settling(Element child, int index)
    {
        var end = Math.Min(0.5 + (index * Stagger), 0.95);
        return (child.Box.Motion ?? new Motion()) with
        {
            Keyframes = [Frame(0, MotionProperty.Y, Settle), Frame(end, MotionProperty.Y, 0)],
        };
    }

    private static Motion Drift() => new()
    {
        Easing = Easing.Linear,
        Keyframes = [Frame(DriftFrom, MotionProperty.Scale, 1), Frame(Duration, MotionProperty.Scale, DriftScale)],
    };

    private static Keyframe Frame(double time, MotionProperty property, double value) =>
        new(time, ImmutableDictionary<MotionProperty, double>.Empty.Add(property, value));
}
