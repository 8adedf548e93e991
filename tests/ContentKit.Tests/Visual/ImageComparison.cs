using SkiaSharp;

namespace ContentKit.Tests.Visual;

/// <summary>
/// Compares a rendered PNG with a reference. Tolerance: a pixel differs when any channel is more than
/// <see cref="ChannelTolerance"/> apart, and at most <see cref="MaxDifferentPixels"/> of the pixels may differ.
/// This absorbs anti-aliasing noise between Skia builds while any moved text or changed colour still fails.
/// </summary>
internal static class ImageComparison
{
    public const int ChannelTolerance = 24;
    public const double MaxDifferentPixels = 0.002;

    public static (bool Same, string Report) Compare(byte[] expectedPng, byte[] actualPng)
    {
        using var expected = SKBitmap.Decode(expectedPng);
        using var actual = SKBitmap.Decode(actualPng);
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return (false, $"size {actual.Width}×{actual.Height}, expected {expected.Width}×{expected.Height}");
        }

        long different = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var (e, a) = (expected.GetPixel(x, y), actual.GetPixel(x, y));
                if (Math.Abs(e.Red - a.Red) > ChannelTolerance || Math.Abs(e.Green - a.Green) > ChannelTolerance
                    || Math.Abs(e.Blue - a.Blue) > ChannelTolerance || Math.Abs(e.Alpha - a.Alpha) > ChannelTolerance)
                {
                    different++;
                }
            }
        }

        var share = different / (double)(expected.Width * expected.Height);
        return (share <= MaxDifferentPixels, $"{different} pixels ({share:P3}) differ by more than {ChannelTolerance}; allowed {MaxDifferentPixels:P1}");
    }
}
