namespace ContentKit.Drawing;

/// <summary>
/// Lets photos be given as web addresses. Without it ContentKit never touches the network. Downloads are
/// bounded in time and size and kept in a per-user cache folder, so a batch fetches each address once.
/// </summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record NetworkOptions
{
    /// <summary>Longest time one download may take in all: connecting, redirects and the whole body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest download, in bytes; enforced while reading, whatever the server announces.</summary>
    public long MaxBytes { get; init; } = ImageLimits.Default.MaxFileBytes;

    /// <summary>Downloads running at the same time before the rows are bound.</summary>
    public int MaxParallelDownloads { get; init; } = 8;

    /// <summary>
    /// Where downloads are kept, named by a hash of their address: <c>$XDG_CACHE_HOME/contentkit/downloads</c>, else
    /// <c>~/.cache/contentkit/downloads</c>; readable only by its user, never a shared temp folder.
    /// </summary>
    public string CacheFolder { get; init; } = DefaultCacheFolder();

    /// <summary>Ask the server again about every cached photo (with its ETag / Last-Modified), as <c>--force</c> does; a changed photo is downloaded again.</summary>
    public bool Revalidate { get; init; }

    private static string DefaultCacheFolder()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "contentkit", "downloads");
    }
}
