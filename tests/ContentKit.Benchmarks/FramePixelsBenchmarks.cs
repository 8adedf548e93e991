using BenchmarkDotNet.Attributes;
using ContentKit.Video;
using SkiaSharp;

namespace ContentKit.Benchmarks;

/// <summary>
/// The frame loop's own pixel routines on one 1080×1920 frame, beside what Skia takes for the same result: a
/// half-transparent full-frame overlay blended over the frame, a Ken Burns photo scaled into it, and the
/// conversion to the YUV 4:2:0 that is piped to ffmpeg (which ffmpeg would otherwise do on its main thread).
/// </summary>
public class FramePixelsBenchmarks
{
    private const int Width = 1080, Height = 1920;
    private const float Largest = 1.12f, Zoom = 1.05f;

    private readonly Pixels _frame = new(Width, Height);
    private readonly Pixels _overlay = new(Width, Height);
    private readonly Pixels _photo = new((int)(Width * Largest), (int)(Height * Largest));
    private readonly Yuv420 _yuv = new(Width, Height);
    private SKSurface _surface = null!;
    private SKImage _overlayImage = null!;
    private SKImage _photoImage = null!;

    [GlobalSetup]
    public void Setup()
    {
        Paint(_frame, "#FFFFFF", "#0E5E4A");
        Paint(_overlay, "#0A443640", "#0A4436F2");
        Paint(_photo, "#6A8F5C", "#3B5A7A", "#D9C27A");
        _surface = SKSurface.Create(_frame.Info, _frame.Address, _frame.Info.RowBytes);
        _overlayImage = _overlay.Image();
        _photoImage = _photo.Image();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _surface.Dispose();
        _overlayImage.Dispose();
        _photoImage.Dispose();
    }

    [Benchmark]
    public void BlendOverlay() => Pixels.Blend(_frame, SKRectI.Create(Width, Height), _overlay, 0, 0, 255, opaque: false);

    [Benchmark]
    public void BlendOverlayWithSkia()
    {
        _surface.Canvas.DrawImage(_overlayImage, 0, 0, SKSamplingOptions.Default);
        _surface.Flush();
    }

    [Benchmark]
    public void ZoomPhoto() => Pixels.ZoomInto(_photo, Largest, Zoom, _frame, SKRectI.Create(Width, Height), SKRectI.Create(Width, Height), opaque: true);

    [Benchmark]
    public void ZoomPhotoWithSkia()
    {
        var (w, h) = (Width * Largest / Zoom, Height * Largest / Zoom);
        var crop = SKRect.Create((_photo.Width - w) / 2, (_photo.Height - h) / 2, w, h);
        _surface.Canvas.DrawImage(_photoImage, crop, SKRect.Create(Width, Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        _surface.Flush();
    }

    [Benchmark]
    public void ConvertToYuv420() => _yuv.From(_frame, SKRectI.Create(Width, Height));

    /// <summary>A diagonal gradient with a little texture, so no routine meets only one colour.</summary>
    private static void Paint(Pixels pixels, params string[] colors)
    {
        using var surface = SKSurface.Create(pixels.Info, pixels.Address, pixels.Info.RowBytes);
        using var paint = new SKPaint { IsAntialias = true };
        paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(pixels.Width, pixels.Height), [.. colors.Select(SKColor.Parse)], SKShaderTileMode.Clamp);
        surface.Canvas.DrawRect(SKRect.Create(pixels.Width, pixels.Height), paint);
        paint.Shader = null;
        paint.Color = SKColors.White.WithAlpha(64);
        for (var i = 0; i < 40; i++)
        {
            surface.Canvas.DrawCircle(pixels.Width * ((i * 37) % 100) / 100f, pixels.Height * ((i * 61) % 100) / 100f, pixels.Width / 12f, paint);
        }
    }
}
