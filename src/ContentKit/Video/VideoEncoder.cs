using ContentKit.Output;
using SkiaSharp;

namespace ContentKit.Video;

/// <summary>
/// Runs ffmpeg on the painted frames and writes the MP4 atomically: ffmpeg writes a temporary file that is checked
/// with ffprobe and renamed only when every frame was encoded and ffmpeg succeeded. A failure carries ffmpeg's own
/// message, or the painting's error when painting failed first. Every wait has a deadline
/// (<see cref="VideoOptions.StallTimeout"/>); cancellation, a deadline and any failure end ffmpeg and leave no file.
/// </summary>
internal static class VideoEncoder
{
    /// <summary>How many of ffmpeg's last error lines a message quotes.</summary>
    private const int QuotedLines = 6;

    /// <summary>
    /// Encodes the frames of <paramref name="timeline"/> at <paramref name="size"/> to <paramref name="destination"/>.
    /// ffmpeg is started first and <paramref name="compose"/> (which paints the scenes' still parts) called while it
    /// starts up, so its start-up (loading, opening the music, setting up x264) is not added to ours.
    /// <paramref name="poster"/> is shown the poster frame on its way (it must copy what it keeps).
    /// </summary>
    public static async Task EncodeAsync(
        Timeline timeline, SKSizeI size, Func<FrameComposer> compose, string? music, string? voice, VideoOptions options, string destination, Action<Pixels> poster, CancellationToken cancellationToken)
    {
        var ffmpeg = FfmpegLocator.Find(options.Ffmpeg);
        var folder = Path.GetDirectoryName(Path.GetFullPath(destination))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Guid.NewGuid():N}{AtomicFile.TemporarySuffix}");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var painting = Task.CompletedTask;
        FfmpegProcess? process = null;
        FrameComposer? composer = null;
        FrameScheduler? scheduler = null;
        try
        {
            var graph = AudioMix.Graph(music is null ? null : timeline.Script.Music, voice is null ? null : timeline.Script.Voice, timeline.Duration);
            var arguments = FfmpegCommand.Build(size.Width, size.Height, timeline.Fps, music, voice, graph, timeline.Duration, options, temporary).Arguments;
            process = FfmpegProcess.Start(ffmpeg, $"-hide_banner -nostdin -v error {arguments}");
            process.WidenInput(size.Width * size.Height * 3 / 2);
            using var stalled = new CancellationTokenSource();
            using var killOnStall = stalled.Token.Register(process.Kill);
            using var killOnCancel = cancellationToken.Register(process.Kill);
            composer = compose();
            scheduler = new FrameScheduler(composer, poster);
            painting = scheduler.Start(stop.Token);
            var (written, failure) = await PipeAsync(scheduler, process, stalled, options.StallTimeout);
            // Finishing (the encoder's last frames, the audio, +faststart) has its deadline too.
            stalled.CancelAfter(options.StallTimeout);
            var exitCode = await process.WaitForExitAsync();
            await stop.CancelAsync();
            // The painter may still be drawing into a buffer: the buffers live until it has stopped.
            await Task.WhenAny(painting);

            cancellationToken.ThrowIfCancellationRequested();
            if (stalled.IsCancellationRequested)
            {
                throw new ContentKitException(Localized.Format(Messages.Ffmpeg_Stalled, options.StallTimeout.TotalSeconds) + Said(process.Errors));
            }

            if (painting.IsFaulted && painting.Exception.InnerException is { } paintError and not OperationCanceledException)
            {
                throw paintError is ContentKitException ? paintError : new ContentKitException(Localized.Format(Messages.Video_PaintFailed, paintError.Message), null, paintError);
            }

            if (exitCode != 0 || written < timeline.FrameCount)
            {
                throw new ContentKitException(Describe(exitCode, process.Errors, written, timeline.FrameCount), null, failure);
            }

            if (!File.Exists(temporary) || new FileInfo(temporary).Length == 0)
            {
                // Only an ffmpeg that is not ffmpeg (a wrapper, a stub) succeeds without writing its output.
                throw new ContentKitException(Localized.Format(Messages.Ffmpeg_NoVideo, ffmpeg));
            }

            // The file goes to disk while ffprobe reads it, rather than one wait after the other.
            var flushing = Task.Run(() => AtomicFile.FlushToDisk(temporary), CancellationToken.None);
            try
            {
                await Mp4Probe.CheckAsync(temporary, ffmpeg, options.StallTimeout, cancellationToken);
            }
            finally
            {
                await Task.WhenAny(flushing);
            }

            await flushing;
            File.Move(temporary, destination, overwrite: true);
        }
        finally
        {
            // Whatever happened, ffmpeg does not outlive the video.
            process?.Dispose();
            await stop.CancelAsync();
            await Task.WhenAny(painting);
            scheduler?.Dispose();
            composer?.Dispose();
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Writes the frames to ffmpeg's input, each within the deadline, on a thread of its own. Returns how many were taken,
    /// and what stopped the rest: a broken pipe says only that ffmpeg went away (what it printed, or the painting's error, says why).
    /// </summary>
    private static Task<(int Written, Exception? Failure)> PipeAsync(FrameScheduler scheduler, FfmpegProcess process, CancellationTokenSource stalled, TimeSpan deadline) =>
        // Blocking writes rather than awaited ones: an awaited write to a pipe wakes a pool thread for every 64 KB
        // ffmpeg takes, where a blocking write hands the kernel the whole frame in one call.
        Task.Factory.StartNew(() => Pipe(scheduler, process, stalled, deadline), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static (int Written, Exception? Failure) Pipe(FrameScheduler scheduler, FfmpegProcess process, CancellationTokenSource stalled, TimeSpan deadline)
    {
        var written = 0;
        try
        {
            foreach (var frame in scheduler.Frames())
            {
                stalled.CancelAfter(deadline);
                frame.Serialize(process.Input);
                written++;
            }

            process.Input.Close();
            return (written, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A broken pipe: ffmpeg is going away by itself, with its own exit code and words. Anything else (the
            // painting failed): no more frames will come, so ffmpeg is ended rather than left waiting for them.
            if (e is not IOException)
            {
                process.Kill();
            }

            return (written, e);
        }
    }

    private static string Describe(int exitCode, IReadOnlyList<string> errors, int written, int frames)
    {
        var what = exitCode switch
        {
            > 128 and < 160 => Localized.Format(Messages.Ffmpeg_Killed, exitCode - 128),
            not 0 => Localized.Format(Messages.Ffmpeg_Failed, exitCode),
            _ => Localized.Format(Messages.Ffmpeg_Stopped, written, frames),
        };
        return what + Said(errors);
    }

    private static string Said(IReadOnlyList<string> errors)
    {
        string[] said = [.. errors.Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(QuotedLines)];
        return said.Length > 0 ? Localized.Format(Messages.Ffmpeg_Said, string.Join(" | ", said)) : "";
    }
}
