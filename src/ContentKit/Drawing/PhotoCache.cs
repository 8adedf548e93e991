using System.Runtime.ExceptionServices;
using ContentKit.Drawing.Saliency;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>
/// Decoded images kept within a byte budget: the least recently used image nobody is drawing is evicted first.
/// Thread-safe; while an image is cached it is decoded once however many threads ask for it at the same time.
/// An image being drawn (leased) is never evicted, so the budget is exceeded only by images in use right now.
/// A failed decode is remembered (its error is small) and fails every later request at once.
/// Each image's <see cref="SaliencyMap"/> (for <c>focus="auto"</c>) is made the first time a lease asks for it and is
/// kept, and evicted, with the image: one analysis per decode, however many rows and formats crop the photo.
/// Photos scaled to the size they are drawn at share the same budget (see <see cref="ImageStore.GetScaled"/>).
/// </summary>
internal sealed class PhotoCache(long budgetBytes, Func<string, SKImage> decode) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExceptionDispatchInfo> _failures = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recent = new();
    private long _bytes;

    /// <summary>The bytes of pixels cached now.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <summary>The image named <paramref name="key"/>, decoded now if it is not cached; dispose the lease when drawn.</summary>
    public ImageLease Get(string key) => Get(key, decode);

    /// <summary>The image cached under <paramref name="key"/>, made by <paramref name="make"/> if it is not cached (a photo scaled to a size).</summary>
    public ImageLease Get(string key, Func<string, SKImage> make)
    {
        Entry entry;
        lock (_gate)
        {
            _failures.GetValueOrDefault(key)?.Throw();
            if (_entries.TryGetValue(key, out var cached))
            {
                entry = cached;
                _recent.Remove(entry.Node);
            }
            else
            {
                entry = new Entry(key, new Lazy<SKImage>(() => make(key), LazyThreadSafetyMode.ExecutionAndPublication));
                _entries.Add(key, entry);
            }

            _recent.AddFirst(entry.Node);
            entry.Leases++;
        }

        SKImage image;
        try
        {
            image = entry.Image.Value;
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                entry.Leases--;
                Remove(entry);
                _failures[key] = ExceptionDispatchInfo.Capture(e);
            }

            throw;
        }

        lock (_gate)
        {
            if (entry.Bytes == 0)
            {
                entry.Bytes = image.Info.BytesSize64;
                _bytes += entry.Bytes;
            }

            Trim();
        }

        return new ImageLease(image, () => entry.Saliency.Value, () => Release(entry));
    }

    private void Release(Entry entry)
    {
        lock (_gate)
        {
            entry.Leases--;
            Trim();
        }
    }

    /// <summary>Evicts from the least recent end until the budget holds, skipping images in use or still decoding.</summary>
    private void Trim()
    {
        for (var node = _recent.Last; node is not null && _bytes > budgetBytes;)
        {
            var previous = node.Previous;
            if (node.Value is { Leases: 0, Bytes: > 0 } idle)
            {
                Remove(idle);
                idle.Image.Value.Dispose();
            }

            node = previous;
        }
    }

    private void Remove(Entry entry)
    {
        if (_entries.Remove(entry.Key))
        {
            _recent.Remove(entry.Node);
            _bytes -= entry.Bytes;
        }
    }

    /// <summary>Disposes every cached image; call it once nothing draws any more.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var entry in _entries.Values.Where(e => e.Image.IsValueCreated))
            {
                entry.Image.Value.Dispose();
            }

            _entries.Clear();
            _recent.Clear();
            _bytes = 0;
        }
    }

    private sealed class Entry
    {
        public Entry(string key, Lazy<SKImage> image)
        {
            (Key, Image) = (key, image);
            Node = new LinkedListNode<Entry>(this);

            // A few kilobytes beside megabytes of pixels: not counted in the budget.
            Saliency = new Lazy<SaliencyMap>(() => SaliencyDetector.Detect(Image.Value), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public string Key { get; }

        public Lazy<SKImage> Image { get; }

        public Lazy<SaliencyMap> Saliency { get; }

        public LinkedListNode<Entry> Node { get; }

        public int Leases { get; set; }

        public long Bytes { get; set; }
    }
}
