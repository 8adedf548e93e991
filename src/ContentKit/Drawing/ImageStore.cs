using System.Globalization;
using ContentKit.Layout;
using SkiaSharp;
using Size = System.Drawing.Size;

namespace ContentKit.Drawing;

/// <summary>
/// Loads the images a batch draws through Skia's codecs (<see cref="PhotoDecoder"/>) into a cache bounded by
/// <see cref="ImageLimits.CacheBytes"/>. Thread-safe; a failed load is remembered and fails every row that uses it.
/// </summary>
internal sealed class ImageStore : IImageSizes, IDisposable
{
    private readonly PhotoCache _cache;
    private int _scalings;

    public ImageStore(AssetResolver resolver, ImageLimits limits)
    {
        NativeHeap.ReturnLargeBlocks();
        _cache = new PhotoCache(limits.CacheBytes, source =>
        {
            var path = resolver.Resolve(source);
            using var data = PhotoFile.Read(path, limits);
            return PhotoDecoder.Decode(data, path, limits);
        });
    }

    public Size SizeOf(string source)
    {
        using var lease = Get(source);
        return new Size(lease.Image.Width, lease.Image.Height);
    }

    /// <summary>The decoded image, kept decoded until the lease is disposed.</summary>
    public ImageLease Get(string source) => _cache.Get(source);

    /// <summary>How many times a photo was scaled to a drawn size; a second draw at the same size reuses the first.</summary>
    public int Scalings => Volatile.Read(ref _scalings);

    /// <summary>
    /// The <paramref name="crop"/> of <paramref name="image"/> (the decoded <paramref name="source"/>) scaled to
    /// <paramref name="size"/> pixels, scaled now if no output drew it at that size yet; kept in the same byte budget.
    /// </summary>
    public ImageLease GetScaled(string source, SKImage image, SKRect crop, SKSizeI size)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{source}\0{crop.Left:R},{crop.Top:R},{crop.Right:R},{crop.Bottom:R}\0{size.Width}x{size.Height}");
        return _cache.Get(key, _ =>
        {
            Interlocked.Increment(ref _scalings);
            return PhotoScaler.Scale(image, crop, size);
        });
    }

    public void Dispose() => _cache.Dispose();
}
