namespace ContentKit.Tests.Cli;

/// <summary><c>contentkit render</c> making videos: the same command, an MP4 and its poster out, from a video template or an image template.</summary>
public class VideoCommandTests
{
    private readonly string _output = Path.Combine(TestPaths.NewTempFolder(), "out");

    [Fact]
    public async Task Render_with_a_video_template_writes_an_mp4_and_its_poster_and_skips_it_next_time()
    {
        string[] args = ["--data", Path.Combine(TestPaths.Samples, "statistik-penduduk.csv"), "--template", "reels-statistik", "--format", "whatsapp", "--out", _output];

        var first = await Contentkit.RenderAsync(args);
        var second = await Contentkit.RenderAsync(args);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(File.Exists(Path.Combine(_output, "statistik-whatsapp.mp4")), first.ToString());
        Assert.True(File.Exists(Path.Combine(_output, "statistik-whatsapp.png")), first.ToString());
        Assert.All(ReportFile.Read(_output), row => Assert.Equal("skipped", row.Status));
        Assert.True(second.ExitCode == 0, second.ToString());
    }

    [Fact]
    public async Task Asking_a_video_template_for_an_image_exits_2()
    {
        var result = await Contentkit.RenderAsync("--data", Path.Combine(TestPaths.Samples, "pengumuman.csv"), "--template", "reels-pengumuman", "--type", "png", "--out", _output);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("makes videos; --type png is for image templates", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_template_with_type_mp4_makes_a_video_of_its_design_at_an_even_size()
    {
        var result = await Contentkit.RenderAsync(
            "--data", Path.Combine(TestPaths.Samples, "pengumuman.csv"), "--template", "pengumuman", "--type", "mp4", "--format", "landscape", "--rows", "2", "--out", _output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var video = Assert.Single(Directory.GetFiles(_output, "*.mp4"));
        Assert.True(File.Exists(Path.ChangeExtension(video, ".png")), result.ToString());
        var probe = Video.Ffmpeg.Probe(video);
        var picture = probe.GetProperty("streams").EnumerateArray().Single(s => s.GetProperty("codec_type").GetString() == "video");
        // The design is 1200×675; 4:2:0 video needs even sides.
        Assert.Equal((1200, 674), (picture.GetProperty("width").GetInt32(), picture.GetProperty("height").GetInt32()));
        Assert.Equal(ContentKit.Video.AnimatedPoster.Duration, double.Parse(probe.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture), 1.0 / 30);
        Assert.Contains(probe.GetProperty("streams").EnumerateArray(), s => s.GetProperty("codec_type").GetString() == "audio");
    }

    [Fact]
    public async Task Without_ffmpeg_the_batch_stops_with_the_install_command_before_writing_anything()
    {
        var result = await Contentkit.RenderAsync(
            "--data", Path.Combine(TestPaths.Samples, "pengumuman.csv"), "--template", "reels-pengumuman", "--ffmpeg", "/tidak/ada/ffmpeg", "--out", _output);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("ffmpeg was not found at '/tidak/ada/ffmpeg'", result.Error, StringComparison.Ordinal);
        Assert.Contains("sudo apt-get install ffmpeg", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output));
    }
}
