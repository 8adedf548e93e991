using System.Globalization;
using FFMpegCore;

namespace ContentKit.Video;

/// <summary>
/// The ffmpeg command for one video, built as data: raw YUV 4:2:0 frames (BT.709) on standard input, the sound inputs, and the
/// output the platforms accept (H.264 High, yuv420p tagged BT.709, AAC 48 kHz stereo, <c>+faststart</c>). Tests read
/// <see cref="FFMpegArgumentProcessor.Arguments"/> without running ffmpeg.
/// </summary>
internal static class FfmpegCommand
{
    /// <summary>The command for frames of <paramref name="width"/> × <paramref name="height"/> as <see cref="PipedFrame"/> writes them.</summary>
    public static FFMpegArgumentProcessor Build(
        int width, int height, int fps, string? music, string? voice, string audioGraph, double duration, VideoOptions options, string destination)
    {
        // Standard input rather than a named pipe: ContentKit runs ffmpeg itself, and a pipe it writes to cannot outlive the run.
        var arguments = FFMpegArguments.FromFileInput("pipe:0", verifyExists: false, o => o
            .ForceFormat("rawvideo")
            .WithCustomArgument($"-r {fps} -pix_fmt {PipedFrame.Format} -s {width}x{height}"));
        if (music is not null)
        {
            arguments = arguments.AddFileInput(music, verifyExists: true, o => o.WithCustomArgument("-stream_loop -1"));
        }

        if (voice is not null)
        {
            arguments = arguments.AddFileInput(voice, verifyExists: true);
        }

        var seconds = duration.ToString("0.######", CultureInfo.InvariantCulture);
        return arguments.OutputToFile(destination, overwrite: true, o => o
            .WithCustomArgument($"-filter_complex \"{audioGraph}\" -map 0:v -map \"{AudioMix.Output}\"")
            .WithCustomArgument($"-c:v libx264 -preset {options.EncoderPreset} -crf {options.Crf} -profile:v high -pix_fmt yuv420p")
            .WithCustomArgument("-colorspace bt709 -color_primaries bt709 -color_trc bt709 -color_range tv")
            .WithCustomArgument("-c:a aac -b:a 160k -ar 48000 -ac 2")
            .WithCustomArgument($"-t {seconds} -movflags +faststart -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact -f mp4"));
    }
}
