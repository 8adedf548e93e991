namespace ContentKit;

/// <summary>
/// Maps an image reference from markup to a file, and never to a file outside its root:
/// <c>data:foto/a.jpg</c> is under the data file's folder, <c>brand:logo.png</c> under the brand kit,
/// and a plain relative path under the template folder. Every part of the path is resolved (symbolic links to
/// folders included) before it is compared with the resolved root, and only regular files are handed out.
/// </summary>
internal sealed class AssetResolver
{
    private readonly Dictionary<string, string> _roots = new(StringComparer.Ordinal);

    /// <summary>Creates a resolver whose plain paths resolve under <paramref name="templateFolder"/>.</summary>
    public AssetResolver(string templateFolder)
    {
        _roots[""] = Path.GetFullPath(templateFolder);
    }

    /// <summary>Adds a named root, referenced in markup as <c>name:relative/path</c>.</summary>
    public AssetResolver WithRoot(string name, string folder)
    {
        _roots[name] = Path.GetFullPath(folder);
        return this;
    }

    /// <summary>
    /// The full path of <paramref name="reference"/>, checked to lie inside its root and, when it exists, to be a
    /// regular file (not a folder, FIFO, device or socket). A missing file is returned for the reader to report.
    /// </summary>
    public string Resolve(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        var (scheme, relative) = colon > 1 ? (reference[..colon], reference[(colon + 1)..]) : ("", reference);
        if (!_roots.TryGetValue(scheme, out var root))
        {
            throw new ContentKitException(Localized.Format(Messages.Asset_UnknownPrefix, reference, scheme, string.Join(", ", _roots.Keys.Where(k => k.Length > 0).Select(k => k + ":"))));
        }

        var file = Confine(root, relative) ?? throw ContentKitException.WithFix(Localized.Format(Messages.Asset_Outside, relative, root), Messages.Asset_Outside_Fix);
        return FileKinds.Of(file) is FileKind.Directory or FileKind.Special
            ? throw NotRegular(relative, file)
            : file;
    }

    /// <summary>
    /// The resolved path of <paramref name="relative"/> under <paramref name="root"/> (no symbolic link left in it), or
    /// null if it is absolute or would leave the resolved root, through <c>..</c> or through a link to a file or folder.
    /// </summary>
    public static string? Confine(string root, string relative)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative) || relative.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var realRoot = RealPath.Of(root);
            var full = RealPath.Of(Path.Combine(root, relative.Replace('\\', '/')));
            return RealPath.IsInside(full, realRoot) ? full : null;
        }
        catch (IOException)
        {
            // A loop of links, or a link that cannot be read: nothing inside the root.
            return null;
        }
    }

    /// <summary>The error for a path that is a folder, FIFO, device or socket instead of a file.</summary>
    internal static ContentKitException NotRegular(string shownAs, string file) => ContentKitException.WithFix(
        Localized.Format(FileKinds.Of(file) == FileKind.Directory ? Messages.Asset_IsFolder : Messages.Asset_NotRegularFile, shownAs),
        Messages.Asset_NotRegularFile_Fix,
        new ErrorLocation(File: file));
}
