using ContentKit.Video;
using SkiaSharp;

namespace ContentKit.Tests.Video;

/// <summary>The frame loop's own blending and Ken Burns scaling give what Skia gives, within rounding.</summary>
public sealed class PixelsTests
{
    [Theory]
    [InlineData(255)]
    [InlineData(128)]
    [InlineData(20)]
    public void Blend_matches_skia_source_over_with_opacity_inside_the_clip_only(byte alpha)
    {
        var background = Painted(64, 48, opaque: true, seed: 1);
        var sprite = Painted(43, 30, opaque: false, seed: 2); // not a whole number of vectors wide
        var clip = SKRectI.Create(5, 4, 50, 30);

        var ours = Copy(background);
        Pixels.Blend(ours, clip, sprite, 12, -6, alpha, sprite.Opaque);

        var skia = Copy(background);
        using (var surface = SKSurface.Create(skia.Info, skia.Address, skia.Info.RowBytes))
        using (var image = sprite.Image())
        using (var paint = new SKPaint { Color = SKColors.White.WithAlpha(alpha) })
        {
            surface.Canvas.ClipRect(clip);
            surface.Canvas.DrawImage(image, 12, -6, SKSamplingOptions.Default, paint);
        }

        AssertClose(skia, ours, tolerance: 2);
        Assert.Equal(background.Data[0], ours.Data[0]);
    }

    [Theory]
    [InlineData(1.12f, 1f)]
    [InlineData(1.12f, 1.05f)]
    [InlineData(1.12f, 1.12f)]
    [InlineData(1f, 1.15f)] // a zoom transition: the source is enlarged
    public void ZoomInto_matches_skia_bilinear_scaling_of_the_centre(float largest, float zoom)
    {
        var (sourceWidth, sourceHeight) = ((int)Math.Round(100 * largest), (int)Math.Round(200 * largest));
        var source = Painted(sourceWidth, sourceHeight, opaque: true, seed: 3);
        var ours = new Pixels(100, 200);
        Pixels.ZoomInto(source, largest, zoom, ours, SKRectI.Create(100, 200), SKRectI.Create(100, 200), opaque: true);

        var skia = new Pixels(100, 200);
        var (w, h) = (100 * largest / zoom, 200 * largest / zoom);
        using (var surface = SKSurface.Create(skia.Info, skia.Address, skia.Info.RowBytes))
        using (var image = source.Image())
        {
            surface.Canvas.DrawImage(image, SKRect.Create((sourceWidth - w) / 2, (sourceHeight - h) / 2, w, h), SKRect.Create(100, 200), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        }

        AssertClose(skia, ours, tolerance: 4, border: 2);
    }

    [Theory]
    [InlineData(0.5f, 0.3f)] // a face a third of the way down
    [InlineData(0f, 1f)] // a subject in the bottom-left corner
    public void ZoomInto_keeps_the_anchor_still_and_matches_skia_cropping_around_it(float anchorX, float anchorY)
    {
        var source = Painted(112, 224, opaque: true, seed: 7);
        var ours = new Pixels(100, 200);
        Pixels.ZoomInto(source, 1.12f, 1.05f, ours, SKRectI.Create(100, 200), SKRectI.Create(100, 200), opaque: true, new SKPoint(anchorX, anchorY));

        var skia = new Pixels(100, 200);
        var (w, h) = (100 * 1.12f / 1.05f, 200 * 1.12f / 1.05f);
        using (var surface = SKSurface.Create(skia.Info, skia.Address, skia.Info.RowBytes))
        using (var image = source.Image())
        {
            surface.Canvas.DrawImage(image, SKRect.Create((112 - w) * anchorX, (224 - h) * anchorY, w, h), SKRect.Create(100, 200), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        }

        AssertClose(skia, ours, tolerance: 4, border: 2);
        var centred = new Pixels(100, 200);
        Pixels.ZoomInto(source, 1.12f, 1.05f, centred, SKRectI.Create(100, 200), SKRectI.Create(100, 200), opaque: true);
        Assert.NotEqual(centred.Bytes, ours.Bytes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // drawn over what is there, as a blend of the whole zoom would be
    public void ZoomInto_fills_only_the_box_inside_the_clip_as_a_whole_zoom_would(bool opaque)
    {
        var source = Painted(112, 224, opaque, seed: 6);
        var whole = new Pixels(100, 200);
        Pixels.ZoomInto(source, 1.12f, 1.05f, whole, SKRectI.Create(100, 200), SKRectI.Create(100, 200), opaque: true);
        var (box, clip) = (SKRectI.Create(30, 40, 100, 200), SKRectI.Create(50, 0, 200, 150));
        var frame = new Pixels(160, 260);
        frame.Data.Fill(0xFF123456u);
        var expected = Copy(frame);
        Pixels.Blend(expected, clip, whole, 30, 40, 255, opaque);

        Pixels.ZoomInto(source, 1.12f, 1.05f, frame, box, clip, opaque);

        Assert.Equal(expected.Bytes, frame.Bytes);
    }

    [Fact]
    public void Opaque_is_true_only_when_every_pixel_is()
    {
        var pixels = Painted(8, 8, opaque: true, seed: 4);
        Assert.True(pixels.Opaque);
        pixels.Data[63] &= 0x00FFFFFF;
        Assert.False(pixels.Opaque);
    }

    /// <summary>Smooth gradients with a little structure, premultiplied as Skia stores them.</summary>
    private static Pixels Painted(int width, int height, bool opaque, int seed)
    {
        var pixels = new Pixels(width, height);
        using var surface = SKSurface.Create(pixels.Info, pixels.Address, pixels.Info.RowBytes);
        var random = new Random(seed);
        SKColor Color() => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), opaque ? (byte)255 : (byte)random.Next(40, 256));
        using var paint = new SKPaint { IsAntialias = true };
        paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [Color(), Color(), Color()], SKShaderTileMode.Clamp);
        surface.Canvas.DrawRect(SKRect.Create(width, height), paint);
        paint.Shader = null;
        paint.Color = Color();
        surface.Canvas.DrawCircle(width / 2f, height / 2f, width / 4f, paint);
        return pixels;
    }

    private static Pixels Copy(Pixels pixels)
    {
        var copy = new Pixels(pixels.Width, pixels.Height);
        pixels.Bytes.CopyTo(copy.Bytes, 0);
        return copy;
    }

    private static void AssertClose(Pixels expected, Pixels actual, int tolerance, int border = 0)
    {
        var worst = 0;
        for (var y = border; y < expected.Height - border; y++)
        {
            for (var x = border; x < expected.Width - border; x++)
            {
                for (var c = 0; c < 4; c++)
                {
                    var i = (((y * expected.Width) + x) * 4) + c;
                    worst = Math.Max(worst, Math.Abs(expected.Bytes[i] - actual.Bytes[i]));
                }
            }
        }

        Assert.True(worst <= tolerance, $"a channel differs by {worst}");
    }
}
