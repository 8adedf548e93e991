using ContentKit.Output;
using ContentKit.Templates;
using ContentKit.Tests.Visual;
using SkiaSharp;

namespace ContentKit.Tests.PngWriting;

/// <summary>Pixels to write as PNG: rendered posters of the sample templates and synthetic images with alpha and odd widths.</summary>
internal static class PngFiles
{
    /// <summary>A photo poster, a text-only poster and a chart, as decoded from what the renderer writes.</summary>
    public static IEnumerable<(string Name, SKBitmap Pixels)> Posters()
    {
        using var samples = new SampleRenderer();
        foreach (var (name, template, sample, row) in new[]
                 {
                     ("photo", "pengumuman", "pengumuman.csv", 2),
                     ("text", "pengumuman", "pengumuman.csv", 3),
                 })
        {
            var (renderer, bound) = samples.Row(template, sample, row);
            yield return (name, Render(renderer, RenderUnit.Of(bound), renderer.Template.Format("feed")));
        }

        var (charts, unit) = samples.FirstOutput("statistik", "statistik-penduduk.csv", "feed");
        yield return ("chart", Render(charts, unit, charts.Template.Format("feed")));
    }

    /// <summary>Straight-alpha pixels with every alpha value, sharp edges and noise, <paramref name="width"/> wide.</summary>
    public static SKBitmap Translucent(int width, int height)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var random = new Random(width * 31 + height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var alpha = (byte)((x * 7 + y * 3) % 256);
                bitmap.SetPixel(x, y, x % 5 == 0
                    ? new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), alpha)
                    : new SKColor((byte)(x * 255 / width), (byte)(y * 255 / height), 200, alpha));
            }
        }

        return bitmap;
    }

    public static byte[] Write(SKBitmap bitmap)
    {
        using var pixels = bitmap.PeekPixels();
        using var stream = new MemoryStream();
        ImageEncoder.Encode(pixels, OutputType.Png, stream);
        return stream.ToArray();
    }

    /// <summary>Decodes with Skia's codec (libpng) into straight-alpha RGBA.</summary>
    public static SKBitmap Decode(byte[] png)
    {
        using var codec = SKCodec.Create(new MemoryStream(png)) ?? throw new InvalidDataException("Skia does not recognise the file as an image.");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        Assert.Equal(SKCodecResult.Success, result);
        return bitmap;
    }

    /// <summary>The same pixels in straight alpha (what a PNG holds), for comparing with a decoded file.</summary>
    public static byte[] StraightAlpha(SKBitmap bitmap)
    {
        using var straight = new SKBitmap(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Assert.True(bitmap.PeekPixels().ReadPixels(straight.PeekPixels()));
        return straight.GetPixelSpan().ToArray();
    }

    private static SKBitmap Render(Renderer renderer, RenderUnit unit, OutputFormat format)
    {
        using var stream = new MemoryStream();
        renderer.Render(unit, format, OutputType.Png, stream);
        var info = new SKImageInfo(format.Width, format.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        return SKBitmap.Decode(stream.ToArray(), info);
    }
}
