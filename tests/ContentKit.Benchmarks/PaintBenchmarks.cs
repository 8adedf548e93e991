using System.Reflection;
using BenchmarkDotNet.Attributes;
using ContentKit.Drawing;
using ContentKit.Layout;
using SkiaSharp;

namespace ContentKit.Benchmarks;

/// <summary>
/// What does painting one laid-out pengumuman feed poster (1080×1350) cost, with its photo and without? The painter
/// and its photo cache are reused as a batch reuses them, so the decoded photo (and its scaled copy) are warm: a photo
/// poster should cost little more than a text-only one.
/// </summary>
[MemoryDiagnoser]
public class PaintBenchmarks
{
    private Pengumuman _poster = null!;
    private LayoutBox _layout = null!;
    private Painter _painter = null!;
    private SKSurface _surface = null!;

    [Params(SampleRow.TextOnly, SampleRow.Photo)]
    public SampleRow Row { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _poster = new Pengumuman();
        _layout = _poster.Renderer.Layout(_poster.Bind(Row), _poster.Feed, CancellationToken.None);
        // The renderer's own painter: its image roots (data:, brand:) and its warm photo cache, as a batch paints.
        _painter = (Painter)(typeof(Renderer).GetField("_painter", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(_poster.Renderer)
            ?? throw new InvalidOperationException("Renderer no longer keeps its painter in _painter; update PaintBenchmarks."));
        _surface = SKSurface.Create(new SKImageInfo(_poster.Feed.Width, _poster.Feed.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _surface.Dispose();
        _poster.Dispose();
    }

    [Benchmark]
    public void PaintFeed()
    {
        _surface.Canvas.Clear(SKColors.White);
        _painter.Paint(_surface.Canvas, _layout);
    }
}
