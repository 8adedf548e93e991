namespace ContentKit.Drawing;

/// <summary>
/// Lets photos be given as web addresses. Without it ContentKit never touches the network. Downloads are
/// bounded in time and size and kept in a cache folder, so a batch fetches each address once.
/// </summary>
public sealed record NetworkOptions
{
    /// <summary>Longest time one download may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest download, in bytes.</summary>
    public long MaxBytes { get; init; } = ImageLimits.Default.MaxFileBytes;

    /// <summary>Where downloads are kept, named by a hash of their address.</summary>
    public string CacheFolder { get; init; } = Path.Combine(Path.GetTempPath(), "contentkit-downloads");
}
