using ContentKit.Checks;
using ContentKit.Layout.Scenes;
using ContentKit.Templates;
using ContentKit.Tests.Visual;
using ContentKit.Video;
using SkiaSharp;

namespace ContentKit.Tests.Video;

/// <summary>The sample videos' frames: the first one is the post, and no text sits where the platform's interface covers it.</summary>
public sealed class SampleVideoFrameTests : IDisposable
{
    private readonly SampleRenderer _samples = new();

    public static TheoryData<string, string, int, string, string> FirstFrames => new()
    {
        { "reels-pengumuman", "reels-pengumuman.csv", 2, "reels", "Senam Sehat Bersama Warga" },
        { "reels-pengumuman", "reels-pengumuman.csv", 3, "reels", "Vaksinasi Gratis untuk Lansia" },
        { "reels-pengumuman", "reels-pengumuman.csv", 4, "reels", "Perekaman KTP-el Keliling" },
        { "reels-pengumuman", "reels-pengumuman.csv", 2, "whatsapp", "Senam Sehat Bersama Warga" },
        { "reels-statistik", "statistik-penduduk.csv", 0, "whatsapp", "Jumlah Penduduk per Kelurahan|52.779" },
        { "reels-statistik", "statistik-penduduk.csv", 0, "reels", "Jumlah Penduduk per Kelurahan|52.779" },
    };

    [Theory]
    [MemberData(nameof(FirstFrames))]
    public void Frame_zero_is_the_post_with_its_title_legible_and_it_is_the_poster(string template, string sample, int row, string format, string expected)
    {
        var (renderer, unit) = _samples.Output(template, sample, row, format);
        using var composer = renderer.Compose(unit, renderer.Template.Format(format), CancellationToken.None, out _);
        using var frame = renderer.RenderFrame(unit, renderer.Template.Format(format), 0);
        using var pixels = new SKPixmap(frame.Pixels.Info, frame.Pixels.Address);

        // Read at full size and at half size (nearer a thumbnail, and the size tesseract reads 130-pixel digits best at);
        // compared without spaces: tesseract sometimes misses the space between two large words ("SenamSehat").
        var read = TextRecognition.Read(ContentKit.Output.ScaledImage.Png(pixels, 1)) + TextRecognition.Read(ContentKit.Output.ScaledImage.Png(pixels, 0.5f));
        var text = string.Concat(read.Where(c => !char.IsWhiteSpace(c)));
        Assert.All(expected.Split('|'), part => Assert.True(text.Contains(part.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase), text));
        Assert.Equal(0, composer.PosterFrame);
    }

    [Theory]
    [MemberData(nameof(SampleVideoPacingTests.Outputs), MemberType = typeof(SampleVideoPacingTests))]
    public void No_text_or_caption_is_in_the_platforms_unsafe_bands_on_frames_sampled_every_half_second(string template, string sample, int row, string format)
    {
        var (renderer, unit) = _samples.Output(template, sample, row, format);
        using var composer = renderer.Compose(unit, renderer.Template.Format(format), CancellationToken.None, out var result);

        Assert.Empty(result.Findings.Where(f => f.Kind == FindingKind.UnsafeBand).Select(f => f.Message));
    }

    [Fact]
    public void The_frame_check_finds_text_in_a_band_and_sees_captions_and_motion()
    {
        var (renderer, row) = _samples.Row("reels-pengumuman", "reels-pengumuman.csv", 2);
        var unit = RenderUnit.Of(row);
        var format = renderer.Template.Format("reels");
        using var composer = renderer.Compose(unit, format, CancellationToken.None, out _);
        // A band reaching down to the middle of the frame covers the title of the first frame and every caption.
        var covered = format with { Unsafe = new UnsafeBands { Top = 960 } };
        var bottom = format with { Unsafe = new UnsafeBands { Bottom = 900 } };

        var top = Renderer.CheckFrames(composer, unit, covered, 0.5);
        var low = Renderer.CheckFrames(composer, unit, bottom, 0.5);

        Assert.Contains(top, f => f.Kind == FindingKind.UnsafeBand && f.Element.Contains("judul", StringComparison.Ordinal));
        Assert.Contains(low, f => f.Kind == FindingKind.UnsafeBand && (f.Element.Contains("narasi", StringComparison.Ordinal) || f.Message.Contains("Warga Kota Blitar", StringComparison.Ordinal)));
    }

    [Fact]
    public void Count_up_frames_break_each_distinct_number_once_or_three_times_and_repeated_frames_break_none()
    {
        var (renderer, unit) = _samples.FirstOutput("reels-statistik", "statistik-penduduk.csv", "whatsapp");
        var format = renderer.Template.Format("whatsapp");
        var (script, layouts, _) = renderer.LayoutVideo(unit, format, CancellationToken.None, out _);
        using var composer = renderer.Compose(unit, format, CancellationToken.None, out _);
        var start = script.Scenes[0].Duration;
        var scene = script.Scenes[1];
        var counting = layouts[1].Descendants().Where(b => b.Element.Box.Motion is { } m && m.Enter.Contains(MotionPreset.CountUp)).ToList();
        var frames = Enumerable.Range(0, (int)(scene.Duration * 30)).Select(i => i / 30.0).ToList();
        var size = new System.Drawing.SizeF(composer.Size.Width, composer.Size.Height);
        var distinct = frames
            .SelectMany(t => counting.Select(b => (Box: b, State: MotionEvaluator.StateAt(b.Element.Box.Motion!, t, scene.Duration, size))))
            .Where(x => x.State.Counted < 1 && x.State.Opacity > 0)
            .Select(x => (x.Box, CountUp.At(((ContentKit.Layout.Elements.TextElement)x.Box.Element).Text, x.State.Counted)))
            .Distinct()
            .Count();
        using var buffer = new FrameBuffer(composer.Size);

        var before = renderer.Text.LineBreaks;
        foreach (var time in frames)
        {
            composer.Paint(buffer.Surface.Canvas, start + time, buffer.Pixels);
        }

        var first = renderer.Text.LineBreaks - before;
        foreach (var time in frames)
        {
            composer.Paint(buffer.Surface.Canvas, start + time, buffer.Pixels);
        }

        var again = renderer.Text.LineBreaks - before - first;
        Assert.Equal(7, counting.Count);
        // A number wider than the final one is measured and set smaller: at most three breaks for it.
        Assert.InRange(first, 1, 3 * distinct);
        Assert.Equal(0, again);
    }

    public void Dispose() => _samples.Dispose();
}
