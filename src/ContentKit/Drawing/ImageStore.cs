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

    public void Dispose() => _cache.Dispose();
}
