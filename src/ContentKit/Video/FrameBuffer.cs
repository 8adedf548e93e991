using SkiaSharp;

namespace ContentKit.Video;

/// <summary>
/// One frame's pixels (RGBA, pinned so Skia draws straight into them) with a canvas. Buffers are counted while
/// in use (waiting in the queue, being written, or kept as the last frame for repeats) and return to the pool at zero.
/// </summary>
internal sealed class FrameBuffer : IDisposable
{
    private readonly Action<FrameBuffer>? _release;
    private int _uses;
    private Yuv420? _yuv;

    public FrameBuffer(SKSizeI size, Action<FrameBuffer>? release = null)
    {
        _release = release;
        Pixels = new Pixels(size.Width, size.Height);
        Surface = SKSurface.Create(Pixels.Info, Pixels.Address, Pixels.Info.RowBytes)
            ?? throw new ContentKitException(Localized.Format(Messages.Renderer_NoSurface, size.Width, size.Height));
    }

    /// <summary>The frame's memory, opaque once painted.</summary>
    public Pixels Pixels { get; }

    public SKSurface Surface { get; }

    /// <summary>The frame as it is piped to ffmpeg, once converted from <see cref="Pixels"/>.</summary>
    public Yuv420 Yuv => _yuv ??= new Yuv420(Pixels.Width, Pixels.Height);

    public void Retain() => Interlocked.Increment(ref _uses);

    public void Release()
    {
        if (Interlocked.Decrement(ref _uses) == 0)
        {
            _release?.Invoke(this);
        }
    }

    public void Dispose() => Surface.Dispose();
}
