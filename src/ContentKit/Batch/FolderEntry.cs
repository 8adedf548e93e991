namespace ContentKit.Batch;

/// <summary>A folder's remembered fingerprint: the hash of its listing (paths, sizes, times) and of its contents, and when it was last hashed.</summary>
internal sealed record FolderEntry(string Listing, string Hash, DateTime Hashed);
