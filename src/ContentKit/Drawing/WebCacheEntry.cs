namespace ContentKit.Drawing;

/// <summary>What the download cache keeps beside a photo: its address and what the server said to revalidate it with.</summary>
/// <param name="Address">The web address the photo was downloaded from.</param>
/// <param name="ETag">The server's <c>ETag</c>, sent back as <c>If-None-Match</c>.</param>
/// <param name="LastModified">The server's <c>Last-Modified</c>, sent back as <c>If-Modified-Since</c>.</param>
internal sealed record WebCacheEntry(string Address, string? ETag, string? LastModified);
