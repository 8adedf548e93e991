using ContentKit.Video;
using SkiaSharp;

namespace ContentKit.Tests.Video;

/// <summary>The frames piped to ffmpeg are BT.709 limited-range YUV 4:2:0, whatever the frame's width.</summary>
public sealed class Yuv420Tests
{
    [Theory]
    [InlineData(0xFFFFFFFFu, 235, 128, 128)] // white
    [InlineData(0xFF000000u, 16, 128, 128)] // black
    [InlineData(0xFF0000FFu, 63, 102, 240)] // red
    [InlineData(0xFF00FF00u, 173, 42, 26)] // green
    [InlineData(0xFFFF0000u, 32, 240, 118)] // blue
    public void Solid_colours_get_their_bt709_values(uint rgba, byte y, byte cb, byte cr)
    {
        var pixels = new Pixels(6, 4);
        pixels.Data.Fill(rgba);
        var yuv = new Yuv420(6, 4);
        yuv.From(pixels, SKRectI.Create(pixels.Width, pixels.Height));

        Assert.All(yuv.Bytes[..24], b => Assert.Equal(y, b));
        Assert.All(yuv.Bytes[24..30], b => Assert.Equal(cb, b));
        Assert.All(yuv.Bytes[30..], b => Assert.Equal(cr, b));
    }

    [Theory]
    [InlineData(1080, 4)]
    [InlineData(720, 2)]
    [InlineData(70, 6)] // shorter than a vector loop's step, and not a multiple of one
    [InlineData(2, 2)]
    public void Every_sample_is_within_one_level_of_the_exact_conversion(int width, int height)
    {
        var random = new Random(width);
        var pixels = new Pixels(width, height);
        for (var i = 0; i < pixels.Data.Length; i++)
        {
            pixels.Data[i] = 0xFF000000u | (uint)random.Next(0x1000000);
        }

        var yuv = new Yuv420(width, height);
        yuv.From(pixels, SKRectI.Create(pixels.Width, pixels.Height));

        var (r, g, b) = (new double[width * height], new double[width * height], new double[width * height]);
        for (var i = 0; i < r.Length; i++)
        {
            (r[i], g[i], b[i]) = (pixels.Data[i] & 0xFF, (pixels.Data[i] >> 8) & 0xFF, (pixels.Data[i] >> 16) & 0xFF);
            AssertNear(16 + (219 / 255.0 * ((0.2126 * r[i]) + (0.7152 * g[i]) + (0.0722 * b[i]))), yuv.Bytes[i], $"Y at {i}");
        }

        var chroma = width * height / 4;
        for (var y = 0; y < height / 2; y++)
        {
            for (var x = 0; x < width / 2; x++)
            {
                int[] block = [(2 * y * width) + (2 * x), (2 * y * width) + (2 * x) + 1, (((2 * y) + 1) * width) + (2 * x), (((2 * y) + 1) * width) + (2 * x) + 1];
                var (mr, mg, mb) = (block.Average(i => r[i]), block.Average(i => g[i]), block.Average(i => b[i]));
                var luma = (0.2126 * mr) + (0.7152 * mg) + (0.0722 * mb);
                var at = (y * (width / 2)) + x;
                AssertNear(128 + (224 / 255.0 * (mb - luma) / 1.8556), yuv.Bytes[(width * height) + at], $"Cb at {x},{y}");
                AssertNear(128 + (224 / 255.0 * (mr - luma) / 1.5748), yuv.Bytes[(width * height) + chroma + at], $"Cr at {x},{y}");
            }
        }
    }

    [Fact]
    public void Converting_an_area_changes_only_its_blocks_and_gives_what_converting_everything_gives()
    {
        const int width = 64, height = 32;
        var random = new Random(5);
        var pixels = new Pixels(width, height);
        for (var i = 0; i < pixels.Data.Length; i++)
        {
            pixels.Data[i] = 0xFF000000u | (uint)random.Next(0x1000000);
        }

        var whole = new Yuv420(width, height);
        whole.From(pixels, SKRectI.Create(width, height));
        var part = new Yuv420(width, height);
        Array.Fill(part.Bytes, (byte)7);
        var area = Yuv420.Blocks(new SKRect(9.5f, 3.2f, 41f, 20.7f), new SKSizeI(width, height));
        part.From(pixels, area);

        Assert.Equal(new SKRectI(8, 2, 42, 22), area);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * width) + x;
                Assert.Equal(area.Contains(x, y) ? whole.Bytes[i] : 7, part.Bytes[i]);
                if (x % 2 == 0 && y % 2 == 0)
                {
                    foreach (var plane in (int[])[width * height, width * height * 5 / 4])
                    {
                        var c = plane + (y / 2 * (width / 2)) + (x / 2);
                        Assert.Equal(area.Contains(x, y) ? whole.Bytes[c] : 7, part.Bytes[c]);
                    }
                }
            }
        }
    }

    [Fact]
    public void An_area_is_widened_to_whole_blocks_inside_the_frame() =>
        Assert.Equal(new SKRectI(0, 4, 20, 10), Yuv420.Blocks(new SKRect(-3.5f, 5f, 30f, 9.2f), new SKSizeI(20, 10)));

    [Fact]
    public void An_odd_frame_size_is_refused() => Assert.Throws<ArgumentException>(() => new Yuv420(1081, 1920));

    private static void AssertNear(double expected, byte actual, string where) =>
        Assert.True(Math.Abs(expected - actual) <= 1, $"{where}: {actual}, expected {expected:0.0}");
}
