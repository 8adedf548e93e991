using BenchmarkDotNet.Attributes;
using ContentKit.Drawing.Saliency;
using SkiaSharp;

namespace ContentKit.Benchmarks;

/// <summary>
/// What does <c>focus="auto"</c> cost per photo? The saliency map of a decoded photo at the poster's decode size
/// (2,400×1,800, as <see cref="ContentKit.Drawing.ImageLimits.DecodeSide"/> leaves a 12-megapixel photo), made once per
/// decode and cached with it; and that with the crop chosen from it for one box shape (once per shape and photo).
/// </summary>
[MemoryDiagnoser]
public class SaliencyBenchmarks
{
    private SKImage _photo = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var sample = SKImage.FromEncodedData(Path.Combine(RepoPaths.Samples, "foto", "sungai.jpg"));
        using var surface = SKSurface.Create(new SKImageInfo(2400, 1800));
        surface.Canvas.DrawImage(sample, SKRect.Create(2400, 1800), new SKSamplingOptions(SKCubicResampler.Mitchell));
        _photo = surface.Snapshot().ToRasterImage();
    }

    [GlobalCleanup]
    public void Cleanup() => _photo.Dispose();

    /// <summary>Downscale to 256 px, score every pixel, sum into cells.</summary>
    [Benchmark]
    public long Detect() => SaliencyDetector.Detect(_photo).Bytes;

    /// <summary>The feed crop (1080×1350) of that photo the first time: every window along the cut axis scored (the map keeps the answer).</summary>
    [Benchmark]
    public float DetectAndCropForFeed() => SaliencyDetector.Detect(_photo).FocusFor(1080 / 1350f).X;
}
