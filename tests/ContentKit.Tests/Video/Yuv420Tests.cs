using ContentKit.Video;

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
        yuv.From(pixels);

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
        yuv.From(pixels);

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
    public void An_odd_frame_size_is_refused() => Assert.Throws<ArgumentException>(() => new Yuv420(1081, 1920));

    private static void AssertNear(double expected, byte actual, string where) =>
        Assert.True(Math.Abs(expected - actual) <= 1, $"{where}: {actual}, expected {expected:0.0}");
}
