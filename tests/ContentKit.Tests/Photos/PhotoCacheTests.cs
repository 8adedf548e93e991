using ContentKit.Drawing;
using SkiaSharp;

namespace ContentKit.Tests.Photos;

/// <summary>The decoded-photo cache: bounded in bytes, least recently used out first, one decode per cached photo.</summary>
public sealed class PhotoCacheTests : IDisposable
{
    /// <summary>Each test photo is 100×100 pixels of 4 bytes.</summary>
    private const long PhotoBytes = 100 * 100 * 4;

    private readonly Dictionary<string, int> _decodes = [];
    private readonly PhotoCache _cache;

    public PhotoCacheTests()
    {
        _cache = new PhotoCache(3 * PhotoBytes, Decode);
    }

    [Fact]
    public void A_cached_photo_is_decoded_once()
    {
        _cache.Get("a").Dispose();
        _cache.Get("a").Dispose();

        Assert.Equal(1, _decodes["a"]);
    }

    [Fact]
    public void Past_the_budget_the_least_recently_used_photo_is_evicted_and_decoded_again_when_asked()
    {
        foreach (var key in new[] { "a", "b", "c", "a", "d" })
        {
            _cache.Get(key).Dispose();
        }

        Assert.Equal(3 * PhotoBytes, _cache.Bytes);
        _cache.Get("a").Dispose();
        _cache.Get("c").Dispose();
        Assert.Equal((1, 1), (_decodes["a"], _decodes["c"]));
        _cache.Get("b").Dispose();
        Assert.Equal(2, _decodes["b"]);
    }

    [Fact]
    public void A_photo_being_drawn_is_not_evicted_until_its_lease_ends()
    {
        using var drawing = _cache.Get("a");
        foreach (var key in new[] { "b", "c", "d", "e" })
        {
            _cache.Get(key).Dispose();
        }

        // Still usable: drawing it would crash if it had been disposed.
        using var surface = SKSurface.Create(new SKImageInfo(10, 10));
        surface.Canvas.DrawImage(drawing.Image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
        Assert.Equal(1, _decodes["a"]);
        _cache.Get("a").Dispose();
        Assert.Equal(1, _decodes["a"]);
        Assert.Equal(3 * PhotoBytes, _cache.Bytes);
    }

    [Fact]
    public void Threads_asking_for_one_photo_at_once_share_one_decode()
    {
        using var cache = new PhotoCache(3 * PhotoBytes, key =>
        {
            Thread.Sleep(50);
            return Decode(key);
        });

        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, _ => cache.Get("a").Dispose());

        Assert.Equal(1, _decodes["a"]);
    }

    [Fact]
    public void A_failed_decode_is_remembered_and_not_tried_again()
    {
        var attempts = 0;
        using var cache = new PhotoCache(PhotoBytes, _ => throw new ContentKitException($"rusak {++attempts}"));

        var first = Assert.Throws<ContentKitException>(() => cache.Get("a"));
        var second = Assert.Throws<ContentKitException>(() => cache.Get("a"));

        Assert.Equal(("rusak 1", "rusak 1", 1), (first.Message, second.Message, attempts));
    }

    private SKImage Decode(string key)
    {
        lock (_decodes)
        {
            _decodes[key] = _decodes.GetValueOrDefault(key) + 1;
        }

        using var surface = SKSurface.Create(new SKImageInfo(100, 100));
        surface.Canvas.Clear(SKColors.Teal);
        return surface.Snapshot();
    }

    public void Dispose() => _cache.Dispose();
}
