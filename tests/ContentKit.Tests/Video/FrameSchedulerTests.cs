using ContentKit.Tests.Visual;
using ContentKit.Video;

namespace ContentKit.Tests.Video;

/// <summary>
/// Frames that the scheduler repeats or repaints only where something moved are the frames a full paint gives.
/// Runs without ffmpeg: the frames are read from the queue the encoder would read, as the YUV planes it pipes.
/// </summary>
public sealed class FrameSchedulerTests(SampleRendererFixture fixture) : IClassFixture<SampleRendererFixture>
{
    [Theory]
    [InlineData("reels-pengumuman", "reels-pengumuman.csv", "reels")]
    [InlineData("reels-statistik", "statistik-penduduk.csv", "whatsapp")]
    public async Task Repeated_and_partly_painted_frames_equal_full_paints(string template, string sample, string format)
    {
        var (renderer, unit) = fixture.Samples.FirstOutput(template, sample, format);
        using var composer = renderer.Compose(unit, renderer.Template.Format(format), CancellationToken.None, out _);
        using var scheduler = new FrameScheduler(composer);
        var painting = scheduler.Start(CancellationToken.None);
        var checkedFrames = 0;
        var index = 0;
        foreach (var frame in scheduler.Frames())
        {
            using var bytes = new MemoryStream();
            frame.Serialize(bytes);
            if (index % 37 == 5)
            {
                using var full = renderer.RenderFrame(unit, renderer.Template.Format(format), composer.Timeline.TimeOf(index));
                full.Yuv.From(full.Pixels, SkiaSharp.SKRectI.Create(composer.Size));
                var expected = full.Yuv.Bytes;
                var different = expected.Zip(bytes.ToArray()).Count(p => Math.Abs(p.First - p.Second) > 2);
                Assert.True(different == 0, $"frame {index}: {different} channel values differ from a full paint");
                checkedFrames++;
            }

            index++;
        }

        await painting;
        Assert.Equal(composer.Timeline.FrameCount, index);
        Assert.True(checkedFrames >= 10);
        Assert.True(scheduler.Repeated > 0 && scheduler.PartlyPainted > 0, $"{scheduler.Painted} painted ({scheduler.PartlyPainted} partly), {scheduler.Repeated} repeated");
    }
}
