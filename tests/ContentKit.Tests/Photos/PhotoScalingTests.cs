using ContentKit.Drawing;
using ContentKit.Drawing.Icons;
using ContentKit.Layout;
using ContentKit.Layout.Markup;
using ContentKit.Tests.Layout;
using SkiaSharp;

namespace ContentKit.Tests.Photos;

/// <summary>A photo drawn at the same size again (another output, the contrast check's second paint) is not scaled again.</summary>
public sealed class PhotoScalingTests : IDisposable
{
    private readonly BundledFonts _fonts = new();
    private readonly IconLibrary _icons = new(Path.Combine(TestPaths.Templates, "icons"));
    private readonly string _folder = TestPaths.NewTempFolder();
    private readonly ImageStore _images;

    public PhotoScalingTests()
    {
        _images = new ImageStore(new AssetResolver(_folder).WithRoot("test", _folder), ImageLimits.Default);
        using var bitmap = new SKBitmap(640, 480);
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                // Stripes of period three: a scaler that aliases turns them into moiré, a filter into one flat colour.
                bitmap.SetPixel(x, y, x % 3 == 2 ? new SKColor(250, 220, 30) : new SKColor(20, 40, 200));
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(Path.Combine(_folder, "garis.png"), data.ToArray());
    }

    [Fact]
    public void A_second_draw_at_the_same_size_reuses_the_scaled_photo_and_paints_the_same_pixels()
    {
        var first = Paint(200, 150);
        Assert.Equal(1, _images.Scalings);

        var second = Paint(200, 150);

        Assert.Equal(1, _images.Scalings);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_size_is_scaled_on_its_own()
    {
        Paint(200, 150);
        Paint(100, 75);

        Assert.Equal(2, _images.Scalings);
    }

    [Fact]
    public void A_photo_scaled_down_far_is_filtered_to_the_average_colour_not_aliased()
    {
        var pixels = Paint(80, 60);

        // The stripes average to (97, 100, 143). Halving by box filters leaves a ripple of about ±15 on this worst case;
        // a 4×4 cubic alone at 8× samples one phase of the stripes per pixel and swings from (4, 28, 212) to (143, 136, 109).
        for (var x = 10; x < 70; x++)
        {
            var at = ((30 * 80) + x) * 4;
            Assert.InRange(pixels[at], 77, 117);
            Assert.InRange(pixels[at + 1], 80, 120);
            Assert.InRange(pixels[at + 2], 123, 163);
        }
    }

    [Fact]
    public void A_rotated_photo_is_drawn_from_the_decoded_photo_without_scaling_it_first()
    {
        Paint(200, 150, """ rotate="10" """);

        Assert.Equal(0, _images.Scalings);
    }

    private byte[] Paint(int width, int height, string attributes = "")
    {
        var markup = $"""<layers width="100%" height="100%"><image src="test:garis.png" fit="cover" top="0" left="0" right="0" bottom="0"{attributes}/></layers>""";
        var root = new LayoutEngine(_fonts.Text, _images).Layout(MarkupReader.Read(markup), new System.Drawing.SizeF(width, height));
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        new Painter(_images, _icons).Paint(surface.Canvas, root);
        using var pixels = surface.PeekPixels();
        return pixels.GetPixelSpan().ToArray();
    }

    public void Dispose()
    {
        _images.Dispose();
        _icons.Dispose();
        _fonts.Dispose();
    }
}
