using System.Drawing;
using System.Runtime.ExceptionServices;
using ContentKit.Layout;
using ContentKit.Layout.Markup;
using ContentKit.Layout.Scenes;
using ContentKit.Output;
using ContentKit.Templates;
using ContentKit.Text;
using ContentKit.Video;
using SkiaSharp;

namespace ContentKit;

/// <summary>Videos: the template's scenes are laid out once each, then painted frame by frame and encoded by ffmpeg.</summary>
public sealed partial class Renderer
{
    /// <summary>Renders a valid row as an MP4 at <paramref name="destination"/>, with its poster frame beside it.</summary>
    public Task<RenderResult> RenderVideoAsync(BoundRow row, OutputFormat format, string destination, CancellationToken cancellationToken = default) =>
        RenderVideoAsync(RenderUnit.Of(row), format, destination, cancellationToken);

    /// <summary>
    /// Renders a unit of valid rows as an MP4 at <paramref name="destination"/>, and its poster frame as a PNG beside it
    /// (same name, <c>.png</c>). Neither file exists until it is complete.
    /// </summary>
    /// <returns>Warnings for a reviewer, such as text cut to fit, from every scene.</returns>
    public async Task<RenderResult> RenderVideoAsync(RenderUnit unit, OutputFormat format, string destination, CancellationToken cancellationToken = default)
    {
        var laidOut = LayoutVideo(unit, format, cancellationToken, out var result);
        var script = laidOut.Script;
        var music = script.Music is { } track ? _resolver.Resolve(track.Source) : null;
        var voice = script.Voice is { } speech ? _resolver.Resolve(speech.Source) : null;
        // The poster is the video's own frame, encoded as a PNG while ffmpeg goes on, and written once the video is.
        Task<byte[]>? poster = null;
        var timeline = new Timeline(script, laidOut.Preset.Fps);
        IReadOnlyList<Checks.Finding> findings = [];
        FrameComposer Composer()
        {
            var composer = Compose(laidOut, timeline, format);
            findings = CheckFrames(composer, unit, format, FrameCheckStep);
            return composer;
        }

        await VideoEncoder.EncodeAsync(timeline, FrameSize(format), Composer, music, voice, Options.Video, destination, frame =>
        {
            var copy = new Pixels(frame.Width, frame.Height);
            frame.Bytes.CopyTo(copy.Bytes, 0);
            poster = Task.Run(() => Png(copy));
        }, cancellationToken);
        var png = await poster!;
        await AtomicFile.WriteAsync(PosterPath(destination), (stream, ct) => stream.WriteAsync(png, ct).AsTask(), CancellationToken.None);
        return result with { Findings = findings };
    }

    /// <summary>The poster frame's file: the video's name with <c>.png</c>.</summary>
    public static string PosterPath(string video) => Path.ChangeExtension(video, ".png");

    /// <summary>
    /// Paints a video's frames every <paramref name="step"/> seconds from the start (<see cref="double.PositiveInfinity"/>:
    /// none), plus its poster frame, each scaled by <paramref name="scale"/> (0.25 for a quick preview) and encoded as PNG.
    /// Nothing is encoded with ffmpeg, so it needs none.
    /// </summary>
    public VideoFrames RenderFrames(BoundRow row, OutputFormat format, double step, float scale, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        using var composer = Compose(RenderUnit.Of(row), format, cancellationToken, out _);
        var fps = composer.Timeline.Fps;
        var poster = composer.PosterFrame / (double)fps;
        var times = Enumerable.Range(0, double.IsPositiveInfinity(step) ? 0 : (int)Math.Ceiling(composer.Timeline.Duration / step))
            .Select(i => Math.Round(i * step * fps) / fps)
            .Append(poster)
            .Distinct()
            .Order()
            .ToList();
        var frames = new List<VideoFrame>(times.Count);
        foreach (var time in times)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var frame = PaintFrame(composer, time);
            using var pixels = new SKPixmap(frame.Pixels.Info, frame.Pixels.Address);
            frames.Add(new VideoFrame(time, ScaledImage.Png(pixels, scale)));
        }

        return new VideoFrames(composer.Timeline.Duration, poster, frames);
    }

    /// <summary>Paints the frame at <paramref name="time"/> seconds, as the video shows it before encoding.</summary>
    internal FrameBuffer RenderFrame(RenderUnit unit, OutputFormat format, double time, CancellationToken cancellationToken = default)
    {
        using var composer = Compose(unit, format, cancellationToken, out _);
        return PaintFrame(composer, time);
    }

    /// <summary>The engine that breaks text into lines, for tests that count how often it does.</summary>
    internal TextEngine Text => _text;

    internal FrameComposer Compose(RenderUnit unit, OutputFormat format, CancellationToken cancellationToken, out RenderResult result)
    {
        var laidOut = LayoutVideo(unit, format, cancellationToken, out result);
        var composer = Compose(laidOut, new Timeline(laidOut.Script, laidOut.Preset.Fps), format);
        result = result with { Findings = CheckFrames(composer, unit, format, FrameCheckStep) };
        return composer;
    }

    private FrameComposer Compose((VideoScript Script, List<LayoutBox> Scenes, VideoPreset Preset) laidOut, Timeline timeline, OutputFormat format)
    {
        format = Banded(format);
        var (script, layouts) = (laidOut.Script, laidOut.Scenes);
        var frame = FrameSize(format);
        var size = new SizeF(frame.Width, frame.Height);
        // Each scene paints its still part once, up front; on two cores, two at a time (the renderer is thread-safe).
        var scenes = new ScenePainter[script.Scenes.Length];
        try
        {
            Parallel.For(0, scenes.Length, i => scenes[i] = new ScenePainter(_painter, _text, script.Scenes[i], layouts[i], size));
        }
        catch (AggregateException e)
        {
            foreach (var scene in scenes)
            {
                scene?.Dispose();
            }

            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return new FrameComposer(timeline, scenes, Captions(script, timeline, new LayoutEngine(_text, _images), size, format.Unsafe), _painter, frame);
    }

    /// <summary>How often the design check samples a video's frames, in seconds.</summary>
    internal const double FrameCheckStep = 0.5;

    /// <summary>
    /// The design check's look at a video: the frames every <paramref name="step"/> seconds, as boxes moved by their
    /// motion (<see cref="FrameComposer.Shown"/>), checked for content in the unsafe bands (the format's, else its preset's). Each finding is
    /// reported once, at the first frame that shows it.
    /// </summary>
    internal static IReadOnlyList<Checks.Finding> CheckFrames(FrameComposer composer, RenderUnit unit, OutputFormat format, double step)
    {
        format = Banded(format);
        if (format.Unsafe is null)
        {
            return [];
        }

        var context = new Checks.CheckContext(format, null, unit, _ => null);
        var findings = new List<Checks.Finding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var time = 0.0; time < composer.Timeline.Duration; time += step)
        {
            foreach (var finding in Checks.UnsafeBandCheck.Run(context.Walk(composer.Shown(time)), context))
            {
                if (seen.Add(finding.Message))
                {
                    findings.Add(finding);
                }
            }
        }

        return findings;
    }

    /// <summary>The format with the platform's unsafe bands (<see cref="VideoPreset.Unsafe"/>) when the template declares none.</summary>
    private static OutputFormat Banded(OutputFormat format) =>
        format.Unsafe is null && VideoPreset.Find(format.Name)?.Unsafe is { } bands
            ? format with { Unsafe = new UnsafeBands { Top = (int)bands.Top, Right = (int)bands.Right, Bottom = (int)bands.Bottom, Left = (int)bands.Left } }
            : format;

    /// <summary>The format's size made even, as 4:2:0 video needs: a 1200×675 design is filmed at 1200×674.</summary>
    private static SKSizeI FrameSize(OutputFormat format) => new(format.Width & ~1, format.Height & ~1);

    /// <summary>The video's script with each scene laid out: where a template's mistakes show, before anything is painted.</summary>
    internal (VideoScript Script, List<LayoutBox> Scenes, VideoPreset Preset) LayoutVideo(
        RenderUnit unit, OutputFormat format, CancellationToken cancellationToken, out RenderResult result)
    {
        if (unit.Rows.FirstOrDefault(r => !r.IsValid) is { } invalid)
        {
            throw invalid.Errors[0];
        }

        format = Banded(format);
        var preset = VideoPreset.Find(format.Name) ?? new VideoPreset(format.Name, format.Width, format.Height, VideoPreset.Reels.Fps, null);
        var (markup, lines) = Template.RenderMarkup(Model(unit, format), Options.TemplateLimits, cancellationToken);
        var script = Template.Manifest.Kind == TemplateKind.Video
            ? VideoReader.Read(markup, Locate(lines))
            : AnimatedPoster.Script(MarkupReader.Read(markup, Locate(lines)));
        if (preset.MaxSeconds is { } max && script.Duration > max + 1e-6)
        {
            throw new ContentKitException(
                Localized.Format(Messages.Video_TooLongForFormat, script.Duration, preset.Name, max),
                new ErrorLocation(File: Template.LayoutPath));
        }

        var engine = new LayoutEngine(_text, _images);
        var frame = FrameSize(format);
        var layouts = script.Scenes.Select(s => engine.Layout(s.Root, new SizeF(frame.Width, frame.Height))).ToList();
        var reports = layouts.Select(l => Checks.TextReport.Collect(l, unit, format.Name, adjustmentsAsWarnings: true)).ToList();
        result = new RenderResult([.. reports.SelectMany(r => r.Adjustments)], [.. reports.SelectMany(r => r.Warnings)]);
        return (script, layouts, preset);
    }

    private static byte[] Png(Pixels pixels)
    {
        using var pixmap = new SKPixmap(pixels.Info, pixels.Address);
        using var png = new MemoryStream();
        ImageEncoder.Encode(pixmap, OutputType.Png, png);
        return png.ToArray();
    }

    /// <summary>Paints one frame the way the frame loop does (into pinned memory, so the same direct paths are taken).</summary>
    private static FrameBuffer PaintFrame(FrameComposer composer, double time)
    {
        var buffer = new FrameBuffer(composer.Size);
        composer.Paint(buffer.Surface.Canvas, time, buffer.Pixels);
        return buffer;
    }

    /// <summary>Each cue laid out once, built as elements like any other, above the platform's covered bottom band.</summary>
    private List<(CaptionCue, LayoutBox)> Captions(VideoScript script, Timeline timeline, LayoutEngine engine, SizeF size, UnsafeBands? bands)
    {
        if (script.Captions is not { } track)
        {
            return [];
        }

        IReadOnlyList<CaptionCue> cues;
        if (track.Source is { } source)
        {
            var file = _resolver.Resolve(source);
            cues = SrtReader.Read(File.ReadAllText(file), file);
        }
        else
        {
            cues = CaptionPacer.Pace(track.Text!, track.Start, track.End ?? Math.Max(track.Start + 1, timeline.Duration - 0.5));
        }

        // Clear of the band by a little, so a caption's rounded box never touches the platform's own caption.
        var bottom = Math.Max(size.Height * track.Style.Bottom, (bands?.Bottom ?? 0) + (24 * Math.Min(size.Width, size.Height) / 1080f));
        return [.. cues.Select(cue => (cue, engine.Layout(CaptionBox.Of(cue.Text, track.Style, size, bottom), size)))];
    }
}
