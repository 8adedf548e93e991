using ContentKit.Data;
using ContentKit.Drawing;
using ContentKit.Templates;

namespace ContentKit.Authoring;

/// <summary>
/// A template's sample data file (<c>sample</c> in its manifest) and the files its rows name (photos, captions),
/// which travel with it when a template is copied or a starter folder is made.
/// </summary>
internal sealed class SampleData
{
    private SampleData(string path, DataSheet sheet)
    {
        Path = path;
        Sheet = sheet;
    }

    /// <summary>The sample file's full path.</summary>
    public string Path { get; }

    /// <summary>Its rows.</summary>
    public DataSheet Sheet { get; }

    /// <summary>The sample of <paramref name="template"/>, or null when its manifest names none or the file is not there.</summary>
    public static SampleData? Of(Template template)
    {
        if (template.Manifest.Sample is not { Length: > 0 } sample)
        {
            return null;
        }

        // The built-in templates' samples sit in samples/ beside templates/ (the packages carry both), so not inside the folder.
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(template.Folder, sample));
        return FileKinds.Of(path) == FileKind.Regular ? new SampleData(path, DataReader.Read(path)) : null;
    }

    /// <summary>
    /// The files <paramref name="rows"/> name, relative to the sample's folder and inside it (a path that leaves it, a
    /// web address or plain text names none), each once, with the relative path the rows use; a list cell names each of its items.
    /// </summary>
    public IReadOnlyList<(string Relative, string File)> FilesNamedBy(IEnumerable<DataRecord> rows)
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // A list cell (reels-dokumentasi's foto) names its files between ; or line breaks, as binding splits it.
        foreach (var value in rows.SelectMany(r => r.Values.Values).OfType<string>().SelectMany(Parts))
        {
            if (value.Length > 260 || value.Contains('\n', StringComparison.Ordinal) || value.Contains("://", StringComparison.Ordinal))
            {
                continue;
            }

            var relative = value.Replace('\\', '/');
            if (AssetResolver.Confine(folder, relative) is { } file && FileKinds.Of(file) == FileKind.Regular)
            {
                files.TryAdd(relative, file);
            }
        }

        return [.. files.Select(f => (f.Key, f.Value))];
    }

    private static IEnumerable<string> Parts(string value) =>
        value.Contains(';', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal)
            ? value.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [value];

    /// <summary>Copies <paramref name="files"/> under <paramref name="folder"/>, each at its relative path.</summary>
    public static void Copy(IEnumerable<(string Relative, string File)> files, string folder)
    {
        foreach (var (relative, file) in files)
        {
            var target = System.IO.Path.Combine(folder, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
