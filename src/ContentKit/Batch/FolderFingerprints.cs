using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContentKit.Output;

namespace ContentKit.Batch;

/// <summary>
/// The SHA-256 of a folder's files (names and contents), as the output cache fingerprints template, brand, font and
/// icon folders with it, remembered by each file's path, size and modification time. Hashing the bundled fonts and
/// 2,184 icons reads 22 MB on every run; listing them takes a few milliseconds. An edited, added, removed or renamed
/// file changes the listing, and the folder is hashed again. Remembered in the user's cache folder
/// (<c>$XDG_CACHE_HOME/contentkit</c>, else <c>~/.cache/contentkit</c>; LocalApplicationData on Windows); a cache that
/// cannot be read or written only costs the hashing.
/// </summary>
internal static class FolderFingerprints
{
    private const string FileName = "folder-fingerprints.json";

    // Enough for every template, brand kit and font folder of a few libraries; older entries are dropped on saving.
    private const int MaxFolders = 200;

    private static readonly ConcurrentDictionary<string, FolderEntry> Known = new(StringComparer.Ordinal);
    private static readonly Lazy<string?> StorePath = new(FindStore);
    private static readonly Lock SaveLock = new();
    private static int _loaded;

    /// <summary>The fingerprint of <paramref name="folder"/> (empty for a folder that does not exist).</summary>
    public static string Of(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "";
        }

        folder = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => new FileInfo(f))
            .OrderBy(f => f.FullName, StringComparer.Ordinal)
            .ToList();
        var listing = Listing(folder, files);
        LoadOnce();
        if (Known.TryGetValue(folder, out var known) && known.Listing == listing)
        {
            return known.Hash;
        }

        var hash = ContentHash(folder, files);
        Known[folder] = new FolderEntry(listing, hash, DateTime.UtcNow);
        Save();
        return hash;
    }

    /// <summary>Every file's relative path, size and modification time, hashed.</summary>
    private static string Listing(string folder, List<FileInfo> files)
    {
        var text = new StringBuilder();
        foreach (var file in files)
        {
            text.Append(Path.GetRelativePath(folder, file.FullName)).Append('\n')
                .Append(file.Length).Append(' ').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string ContentHash(string folder, List<FileInfo> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file.FullName) + "\n"));
            sha.AppendData(File.ReadAllBytes(file.FullName));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static void LoadOnce()
    {
        if (Interlocked.Exchange(ref _loaded, 1) == 1 || StorePath.Value is not { } path)
        {
            return;
        }

        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize(File.ReadAllText(path), BatchJsonContext.Default.DictionaryStringFolderEntry) is { } entries)
            {
                foreach (var (folder, entry) in entries)
                {
                    Known.TryAdd(folder, entry);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // Unreadable or damaged: every folder is hashed again and the file rewritten.
        }
    }

    private static void Save()
    {
        if (StorePath.Value is not { } path)
        {
            return;
        }

        lock (SaveLock)
        {
            try
            {
                // Folders that are gone (a deleted kit, a test's temporary template) and the least recently hashed beyond
                // MaxFolders are dropped, so the file stays small.
                var entries = Known
                    .Where(kv => Directory.Exists(kv.Key))
                    .OrderByDescending(kv => kv.Value.Hashed)
                    .Take(MaxFolders)
                    .OrderBy(kv => kv.Key, StringComparer.Ordinal)
                    .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var text = JsonSerializer.Serialize(entries, BatchJsonContext.Default.DictionaryStringFolderEntry);
                AtomicFile.WriteTextAsync(path, text + "\n").GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not remembered: the next run hashes the folder again.
            }
        }
    }

    private static string? FindStore()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache") : null;
        return string.IsNullOrEmpty(root) ? null : Path.Combine(root, "contentkit", FileName);
    }
}
