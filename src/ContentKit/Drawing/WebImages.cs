using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContentKit.Output;

namespace ContentKit.Drawing;

/// <summary>
/// Photos given as web addresses, downloaded before the rows are bound: all of a batch's addresses at once
/// (<see cref="PrefetchAsync"/>, cancellable), each once, into a per-user cache keyed by address. A failed download
/// is remembered and fails only the rows that name it. Thread-safe.
/// </summary>
internal sealed class WebImages : IDisposable
{
    /// <summary>The prefix of image references to downloaded files.</summary>
    public const string Scheme = "web";

    /// <summary>A leftover temporary file older than this is a killed run's, never one still being written.</summary>
    private static readonly TimeSpan LeftoverAge = TimeSpan.FromHours(1);

    private readonly NetworkOptions _options;
    private readonly WebDownloader _downloader;
    private readonly ConcurrentDictionary<string, Task<string>> _fetches = new(StringComparer.Ordinal);

    public WebImages(NetworkOptions options)
    {
        _options = options;
        _downloader = new WebDownloader(options);
        if (Directory.Exists(options.CacheFolder))
        {
            AtomicFile.RemoveLeftovers(options.CacheFolder, LeftoverAge);
        }
    }

    public string CacheFolder => _options.CacheFolder;

    /// <summary>Downloads every address, several at a time; what fails is kept for the rows naming it, cancellation stops them all.</summary>
    public Task PrefetchAsync(IEnumerable<string> addresses, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelDownloads), CancellationToken = cancellationToken };
        return Parallel.ForEachAsync(addresses.Distinct(StringComparer.Ordinal), parallel, async (address, ct) =>
        {
            var fetch = _fetches.GetOrAdd(address, a => FetchAsync(a, ct));
            try
            {
                await fetch;
            }
            catch (ContentKitException)
            {
                // The row that names this address fails with this message when it is bound.
            }
            catch (OperationCanceledException)
            {
                _fetches.TryRemove(new KeyValuePair<string, Task<string>>(address, fetch));
                throw;
            }
        });
    }

    /// <summary>The reference (<c>web:…</c>) of the downloaded file: prefetched, or downloaded now for a row bound on its own.</summary>
    public string Fetch(string address) => _fetches.GetOrAdd(address, a => FetchAsync(a, CancellationToken.None)).GetAwaiter().GetResult();

    private async Task<string> FetchAsync(string address, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || !WebDownloader.IsWebAddress(uri))
        {
            throw ContentKitException.WithFix(Localized.Format(Messages.Web_NotHttp, address), Messages.Web_NotHttp_Fix);
        }

        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(address)))[..32].ToLowerInvariant();
        var photo = Path.Combine(CacheFolder, name + ".img");
        var about = Path.Combine(CacheFolder, name + ".json");
        var known = File.Exists(photo) ? Known(about, address) : null;
        if (known is not null && !_options.Revalidate)
        {
            return $"{Scheme}:{name}.img";
        }

        var (body, entry) = await _downloader.GetAsync(address, known, cancellationToken);
        CreateCacheFolder();
        if (body is not null)
        {
            await AtomicFile.WriteAsync(photo, (stream, ct) => stream.WriteAsync(body, ct).AsTask(), cancellationToken);
        }

        await AtomicFile.WriteTextAsync(about, JsonSerializer.Serialize(entry, WebCacheJsonContext.Default.WebCacheEntry), cancellationToken);
        return $"{Scheme}:{name}.img";
    }

    /// <summary>What the cache knows about the photo of <paramref name="address"/>; null when it has no record of it (a hash collision, a damaged file).</summary>
    private static WebCacheEntry? Known(string about, string address)
    {
        try
        {
            return File.Exists(about) && JsonSerializer.Deserialize(File.ReadAllText(about), WebCacheJsonContext.Default.WebCacheEntry) is { } entry && entry.Address == address ? entry : null;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }

    /// <summary>The cache is the user's own: on Unix only its owner may read or plant files in it.</summary>
    private void CreateCacheFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(CacheFolder);
        }
        else
        {
            Directory.CreateDirectory(CacheFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose() => _downloader.Dispose();
}
