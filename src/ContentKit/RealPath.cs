namespace ContentKit;

/// <summary>
/// The path a file really has, as POSIX <c>realpath</c> gives it: every component that is a symbolic link (a folder
/// as much as the last part) replaced by its target, so a link inside a folder cannot lead a check outside it.
/// Components that do not exist are kept as written.
/// </summary>
internal static class RealPath
{
    // Linux gives up after 40 links (ELOOP); so do we.
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The resolved full path of <paramref name="path"/>.</summary>
    /// <exception cref="IOException">More than 40 links on the way (a loop).</exception>
    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies under it; both resolved.</summary>
    public static bool IsInside(string path, string folder)
    {
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, PathComparison) || path.Equals(folder, PathComparison);
    }

    private static string Resolve(string fullPath, ref int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var current = root;
        foreach (var part in fullPath[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"Too many symbolic links resolving {fullPath}.");
            }

            // A relative target is relative to the link's folder, which is already resolved.
            current = Resolve(Path.GetFullPath(target, current), ref links);
        }

        return current;
    }
}
