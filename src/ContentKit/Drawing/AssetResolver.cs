namespace ContentKit.Drawing;

/// <summary>
/// Maps an image reference from markup to a file, and never to a file outside its root:
/// <c>data:foto/a.jpg</c> is under the data file's folder, <c>brand:logo.png</c> under the brand kit,
/// and a plain relative path under the template folder.
/// </summary>
public sealed class AssetResolver
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

    /// <summary>The full path of <paramref name="reference"/>, checked to lie inside its root.</summary>
    public string Resolve(string reference)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        var (scheme, relative) = colon > 1 ? (reference[..colon], reference[(colon + 1)..]) : ("", reference);
        if (!_roots.TryGetValue(scheme, out var root))
        {
            throw new ContentKitException(Localized.Format(Messages.Asset_UnknownPrefix, reference, scheme, string.Join(", ", _roots.Keys.Where(k => k.Length > 0).Select(k => k + ":"))));
        }

        return Confine(root, relative) ?? throw ContentKitException.WithFix(Localized.Format(Messages.Asset_Outside, relative, root), Messages.Asset_Outside_Fix);
    }

    /// <summary>The full path of <paramref name="relative"/> under <paramref name="root"/>, or null if it would leave the root.</summary>
    public static string? Confine(string root, string relative)
    {
        if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative) || relative.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, relative.Replace('\\', '/')));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        // A symbolic link inside the folder may still point outside it.
        string? target;
        try
        {
            target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Nothing there to follow: a missing file is the caller's to report, a link to nowhere is refused.
            return File.Exists(full) ? null : full;
        }

        return target is null || target.StartsWith(prefix, StringComparison.Ordinal) ? full : null;
    }
}
