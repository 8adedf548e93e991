using ContentKit.Output;
using ContentKit.Templates;
using ContentKit.Tests.Visual;
using SkiaSharp;

namespace ContentKit.Tests.Video;

/// <summary>
/// An image template as a video (<c>--type mp4</c>): frame 0 is the design (the platforms' thumbnail), the sections are
/// in place within the first second, and something still moves at the end.
/// </summary>
public sealed class AnimatedPosterTests(SampleRendererFixture fixture) : IClassFixture<SampleRendererFixture>
{
    public static TheoryData<string, string, string> Designs => new()
    {
        { "pengumuman", "pengumuman.csv", "story" }, // a photo under the title
        { "agenda", "agenda.csv", "feed" }, // type and icons only
    };

    [Theory]
    [MemberData(nameof(Designs))]
    public void Frame_zero_is_the_still_design_a_few_pixels_from_its_place_not_a_blank_background(string template, string sample, string format)
    {
        var (renderer, unit) = fixture.Samples.FirstOutput(template, sample, format);
        using var still = Still(renderer, unit, format);
        using var first = Frame(renderer, unit, format, 0);

        // Frame 0 shows the post: most of it is the still's pixels (the sections sit 24 px low and settle from there).
        Assert.InRange(Matching(still, first), 0.8, 1.0); // 92 % in both samples
        // A frame of the background alone would match far less: the design's sections cover most of it.
        Assert.True(Matching(first, Background(still)) < 0.5); // 11 % and 25 %
    }

    [Theory]
    [MemberData(nameof(Designs))]
    public void The_sections_are_in_place_after_one_second_and_the_design_keeps_moving_to_the_end(string template, string sample, string format)
    {
        var (renderer, unit) = fixture.Samples.FirstOutput(template, sample, format);
        using var still = Still(renderer, unit, format);
        using var settled = Frame(renderer, unit, format, 1.0);
        using var three = Frame(renderer, unit, format, 3.0);
        using var eight = Frame(renderer, unit, format, 8.0);
        using var last = Frame(renderer, unit, format, 9.9);

        Assert.InRange(Matching(still, settled), 0.9, 1.0);
        Assert.True(Matching(three, eight) < 0.95, $"3 s and 8 s match at {Matching(three, eight):P1}");
        Assert.True(Matching(eight, last) < 0.98, $"8 s and 9.9 s match at {Matching(eight, last):P1}");
    }

    private static SKBitmap Still(Renderer renderer, RenderUnit unit, string format)
    {
        using var png = new MemoryStream();
        renderer.Render(unit, renderer.Template.Format(format), OutputType.Png, png);
        return SKBitmap.Decode(png.ToArray());
    }

    private static SKBitmap Frame(Renderer renderer, RenderUnit unit, string format, double time)
    {
        using var frame = renderer.RenderFrame(unit, renderer.Template.Format(format), time);
        using var image = frame.Surface.Snapshot();
        return SKBitmap.FromImage(image);
    }

    /// <summary>A bitmap of the still's top-left colour only, as a blank first frame would look.</summary>
    private static SKBitmap Background(SKBitmap still)
    {
        var blank = new SKBitmap(still.Width, still.Height);
        blank.Erase(still.GetPixel(2, 2));
        return blank;
    }

    /// <summary>The share of pixels (over the smaller common area) whose channels all lie within 24 of each other.</summary>
    private static double Matching(SKBitmap a, SKBitmap b)
    {
        var (width, height) = (Math.Min(a.Width, b.Width), Math.Min(a.Height, b.Height));
        var same = 0;
        for (var y = 0; y < height; y += 2)
        {
            for (var x = 0; x < width; x += 2)
            {
                var (p, q) = (a.GetPixel(x, y), b.GetPixel(x, y));
                if (Math.Abs(p.Red - q.Red) <= 24 && Math.Abs(p.Green - q.Green) <= 24 && Math.Abs(p.Blue - q.Blue) <= 24)
                {
                    same++;
                }
            }
        }

        return same / (double)(((width + 1) / 2) * ((height + 1) / 2));
    }
}
