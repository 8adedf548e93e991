using ContentKit.Drawing.Saliency;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>A decoded image lent by the <see cref="PhotoCache"/>: it stays decoded until the lease is disposed.</summary>
internal sealed class ImageLease(SKImage image, Func<SaliencyMap> saliency, Action release) : IDisposable
{
    private int _released;

    /// <summary>The image; draw it only before disposing the lease.</summary>
    public SKImage Image { get; } = image;

    /// <summary>What the image is about, for <c>focus="auto"</c>: analysed on first use, then cached with the image.</summary>
    public SaliencyMap Saliency => saliency();

    /// <summary>Lets the cache evict the image again.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            release();
        }
    }
}
