using ContentKit.Tests.Visual;
using SkiaSharp;

namespace ContentKit.Tests.Video;

/// <summary>The sample videos are what the platforms accept, and their frames look like the references.</summary>
public sealed class SampleVideoTests(SampleVideoFixture videos) : IClassFixture<SampleVideoFixture>
{
    [Theory]
    [InlineData("pengumuman", 1080, 1920)]
    [InlineData("statistik", 720, 1280)]
    [InlineData("dokumentasi", 720, 1280)]
    public void Ffprobe_shows_h264_high_yuv420p_at_the_preset_size_and_rate_with_aac_and_the_expected_length(string which, int width, int height)
    {
        // The length follows the words (scenes last their reading time): what the script says, in whole frames.
        var (template, sample, format) = which switch
        {
            "statistik" => ("reels-statistik", "statistik-penduduk.csv", "whatsapp"),
            "dokumentasi" => ("reels-dokumentasi", "reels-dokumentasi.csv", "whatsapp"),
            _ => ("reels-pengumuman", "reels-pengumuman.csv", "reels"),
        };
        var (renderer, unit) = videos.Output(template, sample, format);
        var seconds = Math.Round(renderer.LayoutVideo(unit, renderer.Template.Format(format), CancellationToken.None, out _).Script.Duration * 30, MidpointRounding.AwayFromZero) / 30;
        var probe = Ffmpeg.Probe(Path(which));
        var streams = probe.GetProperty("streams").EnumerateArray().ToList();
        var video = Assert.Single(streams, s => s.GetProperty("codec_type").GetString() == "video");
        var audio = Assert.Single(streams, s => s.GetProperty("codec_type").GetString() == "audio");

        Assert.Equal("h264", video.GetProperty("codec_name").GetString());
        Assert.Equal("High", video.GetProperty("profile").GetString());
        Assert.Equal("yuv420p", video.GetProperty("pix_fmt").GetString());
        Assert.Equal(width, video.GetProperty("width").GetInt32());
        Assert.Equal(height, video.GetProperty("height").GetInt32());
        Assert.Equal("30/1", video.GetProperty("r_frame_rate").GetString());
        Assert.Equal("aac", audio.GetProperty("codec_name").GetString());
        Assert.Equal("48000", audio.GetProperty("sample_rate").GetString());
        Assert.Equal(2, audio.GetProperty("channels").GetInt32());
        var duration = double.Parse(probe.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(duration, seconds - (1 / 30.0), seconds + (1 / 30.0));
        Assert.Equal((int)Math.Round(seconds * 30), int.Parse(video.GetProperty("nb_frames").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("pengumuman")]
    [InlineData("statistik")]
    [InlineData("dokumentasi")]
    public void The_moov_atom_comes_before_mdat_so_phones_start_playing_at_once(string which)
    {
        var boxes = Ffmpeg.Boxes(Path(which));
        Assert.True(boxes.IndexOf("moov") >= 0 && boxes.IndexOf("moov") < boxes.IndexOf("mdat"), string.Join(",", boxes));
    }

    [Fact]
    public void A_poster_frame_is_written_beside_each_video()
    {
        foreach (var video in (string[])[videos.Pengumuman, videos.Statistik, videos.Dokumentasi])
        {
            using var poster = SKBitmap.Decode(Renderer.PosterPath(video));
            Assert.NotNull(poster);
            var stream = Ffmpeg.Probe(video).GetProperty("streams")[0];
            Assert.Equal(stream.GetProperty("width").GetInt32(), poster.Width);
        }
    }

    public static TheoryData<string, string, string, double> Moments => new()
    {
        { "reels-pengumuman", "reels-pengumuman.csv", "reels", 0.0 },
        { "reels-pengumuman", "reels-pengumuman.csv", "reels", 2.0 },
        { "reels-pengumuman", "reels-pengumuman.csv", "reels", 6.7 },
        { "reels-pengumuman", "reels-pengumuman.csv", "reels", 9.0 },
        { "reels-pengumuman", "reels-pengumuman.csv", "reels", 15.0 },
        { "reels-pengumuman", "reels-pengumuman.csv", "reels", 24.0 },
        { "reels-pengumuman", "reels-pengumuman.csv", "landscape", 9.0 },
        { "reels-statistik", "statistik-penduduk.csv", "whatsapp", 0.0 },
        { "reels-statistik", "statistik-penduduk.csv", "whatsapp", 6.3 },
        { "reels-statistik", "statistik-penduduk.csv", "whatsapp", 10.0 },
        { "reels-statistik", "statistik-penduduk.csv", "whatsapp", 18.0 },
    };

    [Theory]
    [InlineData(3, 1.0, "Vaksinasi gratis untuk lansia")] // narasi, paced by reading time
    [InlineData(4, 4.0, "Rekam KTP elektronik tanpa perlu datang")] // takarir, an SRT file beside the sheet
    public void The_sample_rows_captions_are_burned_in_from_their_text_or_their_srt_file(int rowNumber, double time, string expected)
    {
        var (renderer, row) = videos.Samples.Row("reels-pengumuman", "reels-pengumuman.csv", rowNumber);
        using var frame = renderer.RenderFrame(ContentKit.Templates.RenderUnit.Of(row), renderer.Template.Format("reels"), time);
        using var png = frame.Surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);

        var text = string.Join(' ', TextRecognition.Read(png.ToArray()).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Moments))]
    public void Frames_at_chosen_times_look_like_the_references(string template, string sample, string format, double time)
    {
        var (renderer, unit) = videos.Output(template, sample, format);
        using var frame = renderer.RenderFrame(unit, renderer.Template.Format(format), time);
        using var png = frame.Surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);

        var reference = System.IO.Path.Combine(GoldenFile.Folder("Video"), $"{template}-{format}-{time:0.0#}s.png".Replace(',', '.'));
        // Frames mid-animation, some over photos zoomed by Ken Burns: the photo tolerance.
        Assert.Null(GoldenFile.Check(reference, png.ToArray(), ImageComparison.Within(ImageTolerance.Photo)));
    }

    [Theory]
    [InlineData("reels-pengumuman", "reels-pengumuman.csv", "reels", 61)]
    [InlineData("reels-pengumuman", "reels-pengumuman.csv", "reels", 225)]
    [InlineData("reels-statistik", "statistik-penduduk.csv", "whatsapp", 240)]
    public void The_encoded_frames_are_the_painted_frames_up_to_compression(string template, string sample, string format, int frame)
    {
        var (renderer, unit) = videos.Output(template, sample, format);
        using var paint = renderer.RenderFrame(unit, renderer.Template.Format(format), frame / 30.0);
        using var painted = paint.Surface.Snapshot();
        using var pixels = painted.PeekPixels();
        var expected = pixels.GetPixelSpan().ToArray();
        var decoded = Ffmpeg.Frame(template == "reels-statistik" ? videos.Statistik : videos.Pengumuman, frame);

        Assert.Equal(expected.Length, decoded.Length);
        double squared = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            if (i % 4 != 3)
            {
                var d = expected[i] - decoded[i];
                squared += d * d;
            }
        }

        var psnr = 10 * Math.Log10(255.0 * 255 / (squared / (expected.Length * 3 / 4)));
        // CRF 20 H.264 with 4:2:0 chroma scores well above 30 dB on flat graphics; a wrong or shifted frame scores under 20.
        Assert.True(psnr > 30, $"PSNR {psnr:0.0} dB");
    }

    private string Path(string which) => which switch
    {
        "statistik" => videos.Statistik,
        "dokumentasi" => videos.Dokumentasi,
        _ => videos.Pengumuman,
    };
}
