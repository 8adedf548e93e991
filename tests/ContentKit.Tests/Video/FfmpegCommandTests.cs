using ContentKit.Layout.Scenes;
using ContentKit.Video;
using SkiaSharp;

namespace ContentKit.Tests.Video;

/// <summary>The ffmpeg command as data: checked as a string, without running ffmpeg.</summary>
public sealed class FfmpegCommandTests
{
    [Fact]
    public void The_command_asks_for_what_the_platforms_accept()
    {
        var arguments = Arguments(music: TestPaths.Templates + "/music/irama-blitar.ogg", voice: null, new VideoOptions { EncoderPreset = "medium" });

        Assert.Contains("-f rawvideo", arguments, StringComparison.Ordinal);
        Assert.Contains("-i \"pipe:0\"", arguments, StringComparison.Ordinal);
        // The frames as PipedFrame hands them over, and tagged as what they are.
        Assert.Contains("-pix_fmt yuv420p -s 1080x1920", arguments, StringComparison.Ordinal);
        Assert.Contains("-colorspace bt709 -color_primaries bt709 -color_trc bt709 -color_range tv", arguments, StringComparison.Ordinal);
        Assert.Contains("-stream_loop -1 -i", arguments, StringComparison.Ordinal);
        Assert.Contains("-c:v libx264 -preset medium -crf 20 -profile:v high -pix_fmt yuv420p", arguments, StringComparison.Ordinal);
        Assert.Contains("-c:a aac -b:a 160k -ar 48000 -ac 2", arguments, StringComparison.Ordinal);
        Assert.Contains("-t 15 -movflags +faststart", arguments, StringComparison.Ordinal);
        Assert.Contains("-map 0:v -map \"[a]\"", arguments, StringComparison.Ordinal);
    }

    [Fact]
    public void Music_is_trimmed_faded_and_ducked_under_the_voice_then_normalised()
    {
        var graph = AudioMix.Graph(new AudioTrack("m", 0.5, 0.5, 1.5, 0), new AudioTrack("v", 1, 0, 0, 0.6), 15);

        Assert.StartsWith("[1:a]atrim=0:15,", graph, StringComparison.Ordinal);
        Assert.Contains("afade=t=out:st=13.5:d=1.5", graph, StringComparison.Ordinal);
        Assert.Contains("[2:a]adelay=600:all=1,", graph, StringComparison.Ordinal);
        Assert.Contains("[music][voice1]sidechaincompress", graph, StringComparison.Ordinal);
        Assert.Contains("loudnorm=I=-14", graph, StringComparison.Ordinal);
        Assert.EndsWith("atrim=0:15[a]", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void A_video_without_sound_still_gets_a_silent_aac_track()
    {
        Assert.Equal("anullsrc=r=48000:cl=stereo,atrim=0:8.5[a]", AudioMix.Graph(null, null, 8.5));
    }

    [Fact]
    public void Missing_ffmpeg_is_an_error_with_the_install_command()
    {
        var error = Assert.Throws<ContentKitException>(() => FfmpegLocator.Find(null, path: ""));
        Assert.Contains("ffmpeg was not found on PATH", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install ffmpeg", error.Message, StringComparison.Ordinal);

        var given = Assert.Throws<ContentKitException>(() => FfmpegLocator.Find("/nowhere/ffmpeg"));
        Assert.Contains("'/nowhere/ffmpeg'", given.Message, StringComparison.Ordinal);
    }

    private static string Arguments(string? music, string? voice, VideoOptions options)
    {
        using var buffer = new FrameBuffer(new SKSizeI(1080, 1920));
        var graph = AudioMix.Graph(music is null ? null : new AudioTrack(music, 0.5, 0.5, 1.5, 0), null, 15);
        var frame = new PipedFrame(buffer, 1080, 1920);
        return FfmpegCommand.Build(frame.Width, frame.Height, 30, music, voice, graph, 15, options, "/tmp/out.mp4").Arguments;
    }
}
