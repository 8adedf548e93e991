using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>A decoded image lent by the <see cref="PhotoCache"/>: it stays decoded until the lease is disposed.</summary>
internal sealed class ImageLease(SKImage image, Action release) : IDisposable
{
    private int _released;

    /// <summary>The image; draw it only before disposing the lease.</summary>
    public SKImage Image { get; } = image;

    /// <summary>Lets the cache evict the image again.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            release();
        }
    }
}
