using System.Runtime.InteropServices;
using SkiaSharp;

namespace ContentKit.Video;

/// <summary>
/// One frame's pixels (RGBA, pinned so Skia draws straight into them) with a canvas. Buffers are counted while
/// in use (waiting in the queue, being written, or kept as the last frame for repeats) and return to the pool at zero.
/// </summary>
internal sealed class FrameBuffer : IDisposable
{
    private readonly Action<FrameBuffer> _release;
    private int _uses;

    public FrameBuffer(SKSizeI size, Action<FrameBuffer> release)
    {
        _release = release;
        Pixels = GC.AllocateUninitializedArray<byte>(size.Width * size.Height * 4, pinned: true);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        Surface = SKSurface.Create(info, Marshal.UnsafeAddrOfPinnedArrayElement(Pixels, 0), info.RowBytes)
            ?? throw new ContentKitException(Localized.Format(Messages.Renderer_NoSurface, size.Width, size.Height));
    }

    /// <summary>Opaque RGBA rows, exactly what ffmpeg's <c>rawvideo rgba</c> expects.</summary>
    public byte[] Pixels { get; }

    public SKSurface Surface { get; }

    public void Retain() => Interlocked.Increment(ref _uses);

    public void Release()
    {
        if (Interlocked.Decrement(ref _uses) == 0)
        {
            _release(this);
        }
    }

    public void Dispose() => Surface.Dispose();
}
