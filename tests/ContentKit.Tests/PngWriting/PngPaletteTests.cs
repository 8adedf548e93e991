using ContentKit.Output;
using SkiaSharp;

namespace ContentKit.Tests.PngWriting;

/// <summary>Opaque images of few colours are written with a palette: exactly when they have 256 or fewer, near when asked.</summary>
public sealed class PngPaletteTests
{
    [Fact]
    public void An_image_of_few_colours_is_written_with_a_palette_and_decodes_to_the_same_pixels()
    {
        using var image = Stripes(colours: 200);

        var png = Write(image, paletteError: 0);

        Assert.Equal(3, png[25]); // IHDR colour type: palette
        using var decoded = PngFiles.Decode(png);
        Assert.Equal(image.GetPixelSpan().ToArray(), decoded.GetPixelSpan().ToArray());
    }

    [Fact]
    public void Past_256_colours_the_image_stays_RGB_unless_a_nearest_colour_is_allowed()
    {
        using var image = Stripes(colours: 300);

        Assert.Equal(2, Write(image, paletteError: 0)[25]);

        var near = Write(image, paletteError: 1);
        Assert.Equal(3, near[25]);
        using var decoded = PngFiles.Decode(near);
        var (expected, actual) = (image.GetPixelSpan().ToArray(), decoded.GetPixelSpan().ToArray());
        Assert.True(expected.Zip(actual).All(p => Math.Abs(p.First - p.Second) <= 1), "a colour moved by more than 1");
        Assert.NotEqual(expected, actual);
    }

    /// <summary>
    /// Vertical stripes three pixels wide of <c>min(colours, 256)</c> main colours (r = 0…255), and past 256 one-pixel
    /// "edges" one level of green away from a main colour, as antialiasing blends are near the colours they join.
    /// </summary>
    private static SKBitmap Stripes(int colours)
    {
        var main = Math.Min(colours, 256);
        var edges = colours - main;
        var bitmap = new SKBitmap(new SKImageInfo((main * 3) + edges, 4, SKColorType.Rgba8888, SKAlphaType.Premul));
        for (var x = 0; x < bitmap.Width; x++)
        {
            var colour = x < main * 3 ? new SKColor((byte)(x / 3), 0, 100) : new SKColor((byte)((x - (main * 3)) * 5), 1, 100);
            for (var y = 0; y < bitmap.Height; y++)
            {
                bitmap.SetPixel(x, y, colour);
            }
        }

        return bitmap;
    }

    private static byte[] Write(SKBitmap image, int paletteError)
    {
        using var stream = new MemoryStream();
        PngWriter.Write(image.PeekPixels(), stream, paletteError: paletteError);
        return stream.ToArray();
    }
}
