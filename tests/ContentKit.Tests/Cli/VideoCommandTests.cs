namespace ContentKit.Tests.Cli;

/// <summary><c>contentkit render</c> with a video template: the same command, an MP4 and its poster out.</summary>
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

    [Theory]
    [InlineData("reels-pengumuman", "png", "makes videos; --type png is for image templates")]
    [InlineData("pengumuman", "mp4", "makes images; --type mp4 needs a video template")]
    public async Task Asking_a_template_for_the_other_kind_of_output_exits_2(string template, string type, string expected)
    {
        var result = await Contentkit.RenderAsync("--data", Path.Combine(TestPaths.Samples, "pengumuman.csv"), "--template", template, "--type", type, "--out", _output);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
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
