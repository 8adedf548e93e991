using System.Collections.Immutable;
using System.Xml.Linq;
using ContentKit.Layout.Elements;
using ContentKit.Layout.Scenes;
using static ContentKit.Layout.Markup.MarkupReader;

namespace ContentKit.Layout.Markup;

/// <summary>
/// Reads the markup of a video template: <c>&lt;video&gt;</c> holding <c>scene</c>s (each the same markup as an
/// image, plus animation attributes), and optionally <c>audio</c>, <c>voiceover</c> and <c>captions</c>.
/// </summary>
internal static class VideoReader
{
    public static IReadOnlyList<string> Elements { get; } = ["scene", "audio", "voiceover", "captions"];

    public static VideoScript Read(string markup, Func<int, ErrorLocation?>? locate = null)
    {
        locate ??= _ => null;
        var root = Parse(markup, locate).Root!;
        return Located(root, locate, () => ReadVideo(root, locate));
    }

    private static VideoScript ReadVideo(XElement root, Func<int, ErrorLocation?> locate)
    {
        if (root.Name.LocalName != "video")
        {
            throw new MarkupException(Localized.Format(Messages.Video_Root, root.Name.LocalName), LineOf(root));
        }

        var poster = Value(root, "poster", MotionReader.Seconds);
        Reject(root);
        var script = new VideoScript([]) { Poster = poster };
        foreach (var node in root.Elements())
        {
            script = node.Name.LocalName switch
            {
                "scene" => script with { Scenes = script.Scenes.Add(Located(node, locate, () => ReadScene(node, locate, script.Scenes.IsEmpty))) },
                "audio" => script with { Music = Unique(script.Music, node, ReadAudio(node, volume: 0.5, fadeIn: 0.5, fadeOut: 1.5)) },
                "voiceover" => script with { Voice = Unique(script.Voice, node, ReadAudio(node, volume: 1, fadeIn: 0, fadeOut: 0)) },
                "captions" => script with { Captions = Unique(script.Captions, node, ReadCaptions(node)) },
                var name => throw new MarkupException(
                    Localized.Format(Messages.Video_Holds, string.Join(", ", Elements.Select(e => $"<{e}>")), name, NearestName.Hint(name, Elements)), LineOf(node)),
            };
        }

        return script.Scenes.IsEmpty ? throw new MarkupException(Messages.Video_NoScene, LineOf(root)) : script;
    }

    private static Scene ReadScene(XElement node, Func<int, ErrorLocation?> locate, bool first)
    {
        // "auto": as long as the scene's words take to read, once the rest of the scene is read.
        var auto = node.Attribute("duration")?.Value.Trim() == "auto" && Take(node, "duration") is not null;
        var duration = auto ? double.PositiveInfinity : Value(node, "duration", MotionReader.Seconds)
            ?? throw new MarkupException(Messages.Video_SceneDuration, LineOf(node));
        if (duration <= 0)
        {
            throw new MarkupException(Messages.Video_EmptyScene, LineOf(node));
        }

        var kind = Value(node, "transition", ValueReader.Keyword<TransitionKind>);
        var length = Value(node, "transition-duration", MotionReader.Seconds) ?? 0.5;
        var easing = Parsed(node, "transition-easing", Easing.Parse) ?? Easing.Parse("ease-in-out");
        if (kind is not null && first)
        {
            throw new MarkupException(Messages.Video_FirstTransition, LineOf(node));
        }

        var root = Stagger(ReadContainer(node, ContainerKind.Layers, locate));
        if (auto)
        {
            duration = ReadingTime.SceneDuration(root, kind is null ? 0 : length);
            duration = duration > length ? duration : length + ReadingTime.Minimum;
        }

        if (length >= duration)
        {
            throw new MarkupException(Localized.Format(Messages.Video_TransitionTooLong, length, duration), LineOf(node));
        }

        return new Scene(root, duration, kind is { } k ? new Transition(k, length, easing) : null);
    }

    /// <summary>A container with <c>stagger</c> hands its entrance to its children, each starting <c>stagger</c> seconds after the one before.</summary>
    private static ContainerElement Stagger(ContainerElement container)
    {
        var children = container.Children.Select(c => c is ContainerElement inner ? Stagger(inner) : c).ToImmutableArray();
        if (container.Box.Motion is not { Stagger: { } step } motion)
        {
            return container with { Children = children };
        }

        var handed = motion with { Stagger = null, Keyframes = [] };
        var staggered = children.Select((child, i) => child with
        {
            Box = child.Box with { Motion = (child.Box.Motion ?? handed) with { Delay = (child.Box.Motion?.Delay ?? 0) + motion.Delay + (i * step) } },
        });
        return container with
        {
            Children = [.. staggered],
            Box = container.Box with { Motion = motion.Keyframes.IsEmpty ? null : new Motion { Keyframes = motion.Keyframes, Easing = motion.Easing } },
        };
    }

    private static AudioTrack ReadAudio(XElement node, double volume, double fadeIn, double fadeOut)
    {
        var source = Take(node, "src")?.Trim()
            ?? throw new MarkupException(Localized.Format(Messages.Video_AudioSource, node.Name.LocalName), LineOf(node));
        var track = new AudioTrack(
            source,
            Value(node, "volume", v => (double)ValueReader.NonNegative(v)) ?? volume,
            Value(node, "fade-in", MotionReader.Seconds) ?? fadeIn,
            Value(node, "fade-out", MotionReader.Seconds) ?? fadeOut,
            Value(node, "start", MotionReader.Seconds) ?? 0);
        Reject(node);
        return track;
    }

    private static CaptionTrack ReadCaptions(XElement node)
    {
        var text = Take(node, "text");
        var source = Take(node, "src")?.Trim();
        if ((text is null) == (source is null))
        {
            throw new MarkupException(Messages.Video_CaptionsSource, LineOf(node));
        }

        var style = new CaptionStyle();
        style = Value(node, "size", ValueReader.Positive) is { } size ? style with { Size = size } : style;
        style = Take(node, "color") is { } color ? style with { Color = color } : style;
        style = Take(node, "background") is { } background ? style with { Background = background } : style;
        style = Take(node, "font") is { } font ? style with { Font = font } : style;
        style = Value(node, "bottom", s => Math.Clamp(ValueReader.Number(s.TrimEnd('%')) / 100, 0, 0.9f)) is { } bottom ? style with { Bottom = bottom } : style;
        var captions = new CaptionTrack(text, source, Value(node, "start", MotionReader.Seconds) ?? 0.5, Value(node, "end", MotionReader.Seconds), style);
        Reject(node);
        return captions;
    }

    private static T Unique<T>(T? existing, XElement node, T value)
        where T : class =>
        existing is null ? value : throw new MarkupException(Localized.Format(Messages.Video_OnlyOne, node.Name.LocalName), LineOf(node));

    /// <summary>Reads and removes an attribute, so what remains can be rejected or handed to the container reader.</summary>
    private static string? Take(XElement node, string name)
    {
        var value = node.Attribute(name)?.Value;
        node.Attribute(name)?.Remove();
        return value;
    }

    private static T? Value<T>(XElement node, string name, Func<string, T> parse)
        where T : struct => Take(node, name) is { } text ? ParseValue(node, name, text, parse) : null;

    private static T? Parsed<T>(XElement node, string name, Func<string, T> parse)
        where T : class => Take(node, name) is { } text ? ParseValue(node, name, text, parse) : null;

    private static T ParseValue<T>(XElement node, string name, string text, Func<string, T> parse)
    {
        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            throw new MarkupException($"<{node.Name.LocalName} {name}=\"{Excerpt.Of(text, 40)}\">: {e.Message}.", LineOf(node));
        }
    }

    private static void Reject(XElement node)
    {
        if (node.Attributes().FirstOrDefault() is { } extra)
        {
            throw new MarkupException(Localized.Format(Messages.Markup_NoAttribute, node.Name.LocalName, extra.Name.LocalName, ""), LineOf(node));
        }

        if (node.Name.LocalName != "video" && node.Nodes().Any(n => n is XElement || (n is XText t && !string.IsNullOrWhiteSpace(t.Value))))
        {
            throw new MarkupException(Localized.Format(Messages.Markup_NoContent, node.Name.LocalName), LineOf(node));
        }
    }

    private static T Located<T>(XElement node, Func<int, ErrorLocation?> locate, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (MarkupException e) when (e.Location.IsEmpty && locate(e.MarkupLine) is { } location)
        {
            throw new MarkupException(e.Message, e.MarkupLine, location, e.InnerException);
        }
    }
}
