using FFMpegCore;
using FFMpegCore.Enums;
using FFMpegCore.Pipes;
using ContentKit.Output;

namespace ContentKit.Video;

/// <summary>
/// Runs ffmpeg on the painted frames and writes the MP4 atomically: ffmpeg writes a temporary file that is
/// renamed only when every frame was encoded and ffmpeg succeeded. A failure carries ffmpeg's own message,
/// or the painting's error when painting failed first; cancellation stops ffmpeg and leaves no file.
/// </summary>
internal static class VideoEncoder
{
    /// <summary>How many of ffmpeg's last error lines a message quotes.</summary>
    private const int QuotedLines = 6;

    /// <summary>Encodes the composer's frames to <paramref name="destination"/>; <paramref name="poster"/> is shown the poster frame on its way (it must copy what it keeps).</summary>
    public static async Task EncodeAsync(
        FrameComposer composer, string? music, string? voice, VideoOptions options, string destination, Action<Pixels> poster, CancellationToken cancellationToken)
    {
        var ffmpeg = FfmpegLocator.Find(options.Ffmpeg);
        var folder = Path.GetDirectoryName(Path.GetFullPath(destination))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Guid.NewGuid():N}{AtomicFile.TemporarySuffix}");
        var errors = new List<string>();
        using var scheduler = new FrameScheduler(composer, poster);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timeline = composer.Timeline;
        var painting = Task.CompletedTask;
        try
        {
            painting = scheduler.Start(stop.Token);
            var written = 0;
            var source = new RawVideoPipeSource(scheduler.Frames().Select(f => { written++; return f; })) { FrameRate = timeline.Fps };
            var graph = AudioMix.Graph(music is null ? null : timeline.Script.Music, voice is null ? null : timeline.Script.Voice, timeline.Duration);
            var processor = FfmpegCommand.Build(source, music, voice, graph, timeline.Duration, options, temporary)
                .WithLogLevel(FFMpegLogLevel.Error)
                .NotifyOnStandardError(line =>
                {
                    lock (errors)
                    {
                        errors.Add(line);
                    }
                });

            FFMpegResult? result = null;
            Exception? failure = null;
            try
            {
                result = await processor.ProcessAsynchronously(false, new FFOptions { BinaryFolder = Path.GetDirectoryName(ffmpeg)! }, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // A broken pipe says only that ffmpeg went away; what ffmpeg printed, or the painting's error, says why.
                failure = e;
            }
            finally
            {
                await stop.CancelAsync();
                // The painter may still be drawing into a buffer: the buffers live until it has stopped.
                await Task.WhenAny(painting);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (painting.IsFaulted && painting.Exception.InnerException is { } paintError and not OperationCanceledException)
            {
                throw paintError is ContentKitException ? paintError : new ContentKitException(Localized.Format(Messages.Video_PaintFailed, paintError.Message), null, paintError);
            }

            if (failure is not null || result is not { Success: true } || written < timeline.FrameCount)
            {
                throw new ContentKitException(Describe(result?.ExitCode, errors, written, timeline.FrameCount), null, failure);
            }

            if (!File.Exists(temporary) || new FileInfo(temporary).Length == 0)
            {
                // Only an ffmpeg that is not ffmpeg (a wrapper, a stub) succeeds without writing its output.
                throw new ContentKitException(Localized.Format(Messages.Ffmpeg_NoVideo, ffmpeg));
            }

            File.Move(temporary, destination, overwrite: true);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAny(painting);
            File.Delete(temporary);
        }
    }

    private static string Describe(int? exitCode, List<string> errors, int written, int frames)
    {
        string[] said;
        lock (errors)
        {
            said = [.. errors.Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(QuotedLines)];
        }

        var what = exitCode switch
        {
            > 128 and < 160 => Localized.Format(Messages.Ffmpeg_Killed, exitCode - 128),
            { } code when code != 0 => Localized.Format(Messages.Ffmpeg_Failed, code),
            _ => Localized.Format(Messages.Ffmpeg_Stopped, written, frames),
        };
        return said.Length > 0 ? what + Localized.Format(Messages.Ffmpeg_Said, string.Join(" | ", said)) : what;
    }
}
