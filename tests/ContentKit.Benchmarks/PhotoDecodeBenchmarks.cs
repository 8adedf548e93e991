using BenchmarkDotNet.Attributes;
using ContentKit.Drawing;
using SkiaSharp;

namespace ContentKit.Benchmarks;

/// <summary>
/// What does a 12-megapixel photo cost to read, from the file to an image at the poster's decode size
/// (<see cref="ImageLimits.DecodeSide"/>, 2,400 px)? A JPEG (libjpeg-turbo scales it while decoding) and a PNG
/// (decoded whole, then scaled). A new <see cref="ImageStore"/> per call, so every call decodes. The code only
/// uses API that ContentKit had before it moved to Skia's codecs, so the same file measures both.
/// </summary>
[MemoryDiagnoser]
public class PhotoDecodeBenchmarks
{
    private string _folder = null!;
    private AssetResolver _resolver = null!;

    [Params("jpg", "png")]
    public string Format { get; set; } = "jpg";

    /// <summary>samples/foto/sungai.jpg enlarged to 4000×3000, written as a JPEG (quality 90) and a PNG.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("contentkit-photo-decode").FullName;
        _resolver = new AssetResolver(_folder);
        using var sample = SKImage.FromEncodedData(Path.Combine(RepoPaths.Samples, "foto", "sungai.jpg"));
        using var surface = SKSurface.Create(new SKImageInfo(4000, 3000));
        surface.Canvas.DrawImage(sample, SKRect.Create(4000, 3000), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var photo = surface.Snapshot();
        using var data = photo.Encode(Format == "jpg" ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, 90);
        File.WriteAllBytes(Path.Combine(_folder, $"foto.{Format}"), data.ToArray());
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>The decoded width: 2,000 for the JPEG (half size), 2,400 for the PNG.</summary>
    [Benchmark]
    public int Decode()
    {
        using var images = new ImageStore(_resolver, ImageLimits.Default);
        return images.SizeOf($"foto.{Format}").Width;
    }
}
