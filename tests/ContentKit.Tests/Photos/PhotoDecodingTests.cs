using ContentKit.Drawing;
using SkiaSharp;

namespace ContentKit.Tests.Photos;

/// <summary>What <see cref="PhotoDecoder"/> makes of real photos: orientation, scaling, cut-off and unsupported files.</summary>
public sealed class PhotoDecodingTests : IDisposable
{
    private readonly PhotoFolder _photos = new(ImageLimits.Default with { DecodeSide = 500 });

    public static TheoryData<int> Orientations => [1, 2, 3, 4, 5, 6, 7, 8];

    public static TheoryData<string> Formats => ["photo.jpg", "photo.png", "photo.webp", "photo.gif"];

    [Theory]
    [MemberData(nameof(Orientations))]
    public void Every_EXIF_orientation_decodes_to_the_same_upright_picture(int orientation)
    {
        // Each fixture stores the 64×32 picture (red, lime / blue, yellow quarters) turned as its EXIF tag undoes.
        using var lease = _photos.Decode(_photos.Add($"orientation-{orientation}.jpg"));
        var image = lease.Image;

        Assert.Equal((64, 32), (image.Width, image.Height));
        AssertColour(SKColors.Red, image, 16, 8);
        AssertColour(SKColors.Lime, image, 48, 8);
        AssertColour(SKColors.Blue, image, 16, 24);
        AssertColour(SKColors.Yellow, image, 48, 24);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_decodes_whole(string file)
    {
        using var lease = _photos.Decode(_photos.Add(file));

        Assert.Equal((160, 100), (lease.Image.Width, lease.Image.Height));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_photo_cut_in_half_fails_as_cut_off(string file)
    {
        var length = (int)new FileInfo(Path.Combine(PhotoFolder.Fixtures, file)).Length;

        var error = _photos.Failure(_photos.Add(file, bytes: length / 2));

        Assert.Contains("its data stops before the end of the picture", error.Message, StringComparison.Ordinal);
        Assert.Contains("save it again as JPEG or PNG", error.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(_photos.Path, file), error.Location?.File);
    }

    [Fact]
    public void A_large_JPEG_is_decoded_at_the_largest_eighth_that_fits()
    {
        using var source = Gradient(1600, 1200);
        var name = _photos.Write("besar.jpg", source, SKEncodedImageFormat.Jpeg);

        using var lease = _photos.Decode(name);

        // 3/8 would be 600 px, past the 500 px decode side; 2/8 is 400 px, and libjpeg-turbo decodes it directly.
        Assert.Equal((400, 300), (lease.Image.Width, lease.Image.Height));
    }

    [Fact]
    public void A_large_PNG_is_scaled_to_the_decode_side_averaging_its_pixels()
    {
        // One-pixel black and white columns: a filter that skips pixels would leave black or white, an average is grey.
        using var bitmap = new SKBitmap(1600, 1200);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint())
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                paint.Color = x % 2 == 0 ? SKColors.Black : SKColors.White;
                canvas.DrawRect(x, 0, 1, bitmap.Height, paint);
            }
        }

        using var source = SKImage.FromBitmap(bitmap);
        using var lease = _photos.Decode(_photos.Write("garis.png", source, SKEncodedImageFormat.Png));
        var image = lease.Image;

        Assert.Equal((500, 375), (image.Width, image.Height));
        using var pixels = image.PeekPixels();
        foreach (var x in new[] { 10, 123, 250, 401, 490 })
        {
            Assert.InRange(pixels.GetPixelColor(x, 200).Red, 90, 170);
        }
    }

    [Theory]
    [InlineData("photo.tif")]
    [InlineData("scan.jpg")]
    public void A_TIFF_is_recognised_by_its_bytes_and_told_how_to_convert(string name)
    {
        var error = _photos.Failure(_photos.Add("photo.tif", name));

        Assert.Contains("TIFF images are not supported", error.Message, StringComparison.Ordinal);
        Assert.Contains("magick foto.tif foto.jpg", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_HEIC_photo_renamed_to_jpg_is_recognised_by_its_bytes()
    {
        var heic = File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "tests", "ContentKit.Tests", "Corpus", "Files", "photos", "iphone.heic"));

        var error = _photos.Failure(_photos.Write("foto.jpg", heic));

        Assert.Contains("HEIC photos (from iPhones) are not supported", error.Message, StringComparison.Ordinal);
        Assert.Contains("Convert the photo to JPEG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_photo_over_the_pixel_limit_fails_before_it_is_decoded()
    {
        using var photos = new PhotoFolder(ImageLimits.Default with { MaxSide = 120 });

        var error = photos.Failure(photos.Add("photo.png"));

        Assert.Contains("160×100 pixels, more than the limit of 80 megapixels (120 a side)", error.Message, StringComparison.Ordinal);
    }

    private static SKImage Gradient(int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        using var paint = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.Navy, SKColors.Orange], SKShaderTileMode.Clamp) };
        surface.Canvas.DrawRect(0, 0, width, height, paint);
        return surface.Snapshot();
    }

    private static void AssertColour(SKColor expected, SKImage image, int x, int y)
    {
        using var pixels = image.PeekPixels();
        var actual = pixels.GetPixelColor(x, y);
        Assert.True(
            Math.Abs(actual.Red - expected.Red) < 40 && Math.Abs(actual.Green - expected.Green) < 40 && Math.Abs(actual.Blue - expected.Blue) < 40,
            $"pixel ({x}, {y}) is {actual}, expected about {expected}");
    }

    public void Dispose() => _photos.Dispose();
}
