using SkiaSharp;

namespace ContentKit.Tests.Visual;

/// <summary>
/// Compares a rendered PNG with a reference under an <see cref="ImageTolerance"/>: per pixel with a channel
/// tolerance, then the differing pixels counted in all and in every window, so one changed region fails
/// however large the image is. The report says where the worst window is, for the person looking at it.
/// </summary>
internal static class ImageComparison
{
    public static Func<byte[], byte[], (bool Same, string Report)> Within(ImageTolerance tolerance) =>
        (expected, actual) => Compare(expected, actual, tolerance);

    public static (bool Same, string Report) Compare(byte[] expectedPng, byte[] actualPng, ImageTolerance tolerance)
    {
        using var expected = Decode(expectedPng);
        using var actual = Decode(actualPng);
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return (false, $"size {actual.Width}×{actual.Height}, expected {expected.Width}×{expected.Height}");
        }

        var differences = new DifferenceMap(expected.Width, expected.Height, tolerance.Window / 2);
        var e = expected.GetPixelSpan();
        var a = actual.GetPixelSpan();
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var i = ((y * expected.Width) + x) * 4;
                if (Math.Abs(e[i] - a[i]) > tolerance.Channel || Math.Abs(e[i + 1] - a[i + 1]) > tolerance.Channel
                    || Math.Abs(e[i + 2] - a[i + 2]) > tolerance.Channel || Math.Abs(e[i + 3] - a[i + 3]) > tolerance.Channel)
                {
                    differences.Add(x, y);
                }
            }
        }

        var (worst, at) = differences.WorstWindow();
        var same = differences.Total <= tolerance.MaxPixels && worst <= tolerance.MaxPixelsInWindow;
        return (same, $"{differences.Total} pixels differ by more than {tolerance.Channel} (allowed {tolerance.MaxPixels}); "
            + $"{worst} of them in the {tolerance.Window}×{tolerance.Window} window at ({at.X}, {at.Y}) (allowed {tolerance.MaxPixelsInWindow})");
    }

    private static SKBitmap Decode(byte[] png)
    {
        using var decoded = SKBitmap.Decode(png);
        return decoded.Copy(SKColorType.Rgba8888);
    }
}
