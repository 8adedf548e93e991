using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>
/// Remembers, in the output folder, a fingerprint of everything each output was made from: its rows' values,
/// the images they name, the template's files, the brand kit, the fonts, the options and the ContentKit
/// version. An output whose fingerprint is unchanged and whose file still exists is not rendered again.
/// </summary>
internal sealed class OutputCache
{
    public const string FileName = ".contentkit-cache.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly Dictionary<string, CacheEntry> _entries;
    private readonly string _folder;
    private readonly string _job;
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    private OutputCache(string folder, Dictionary<string, CacheEntry> entries, string job)
    {
        _folder = folder;
        _entries = entries;
        _job = job;
    }

    /// <summary>Loads the folder's cache; <paramref name="renderer"/> and <paramref name="options"/> give the inputs every output shares (template, brand, fonts, icons, options).</summary>
    public static OutputCache Load(string folder, Renderer renderer, BatchOptions options, IEnumerable<string> fontFolders)
    {
        var path = Path.Combine(folder, FileName);
        var entries = new Dictionary<string, CacheEntry>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path))
            {
                entries = JsonSerializer.Deserialize<Dictionary<string, CacheEntry>>(File.ReadAllText(path)) ?? entries;
            }
        }
        catch (JsonException)
        {
            // A damaged cache only costs a full render.
        }

        var job = new StringBuilder()
            .AppendLine(typeof(OutputCache).Assembly.GetName().Version?.ToString())
            .AppendLine(FolderHash(renderer.Template.Folder))
            .AppendLine(FolderHash(renderer.Brand.Folder))
            .AppendLine(string.Join(",", fontFolders.Select(FolderHash)))
            .AppendLine(FolderHash(renderer.IconsFolder))
            .AppendLine(options.Type == OutputType.Mp4 ? FolderHash(renderer.MusicFolder) + " " + (renderer.Options.Video with { Ffmpeg = null }) : "")
            .AppendLine(JsonSerializer.Serialize(renderer.Brand with { Folder = "" }))
            .AppendLine(options.Type.Extension())
            .AppendLine(renderer.Options.Culture.Name)
            .AppendLine(string.Join("\n", renderer.Options.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")))
            .ToString();
        return new OutputCache(folder, entries, Hash(job));
    }

    /// <summary>The fingerprint of one output.</summary>
    public string Fingerprint(PlannedOutput output, Func<string, string?> imageFile)
    {
        var text = new StringBuilder().AppendLine(_job).AppendLine($"{output.Format.Name} {output.Format.Width}x{output.Format.Height}");
        text.AppendLine($"{output.Unit.Group?.Key} {output.Unit.Page}/{output.Unit.Pages}");
        foreach (var row in output.Unit.Table)
        {
            foreach (var (key, value) in row.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                text.Append(key).Append('=').AppendLine(Show(value));
                if (value is string reference && imageFile(reference) is { } file)
                {
                    text.Append("  ").AppendLine(FileHash(file));
                }
            }

            text.AppendLine("--");
        }

        return Hash(text.ToString());
    }

    /// <summary>What the last run said about the output when it was made from exactly these inputs and its file is still there; else null.</summary>
    public CacheEntry? Current(string name, string fingerprint)
    {
        lock (_entries)
        {
            return _entries.TryGetValue(name, out var known) && known.Fingerprint == fingerprint && File.Exists(Path.Combine(_folder, name)) ? known : null;
        }
    }

    public void Record(string name, CacheEntry entry)
    {
        lock (_entries)
        {
            _entries[name] = entry;
        }
    }

    public Task SaveAsync()
    {
        string text;
        lock (_entries)
        {
            text = JsonSerializer.Serialize(new SortedDictionary<string, CacheEntry>(_entries, StringComparer.Ordinal), Json);
        }

        return AtomicFile.WriteTextAsync(Path.Combine(_folder, FileName), text + "\n");
    }

    private string FileHash(string path)
    {
        lock (_files)
        {
            if (!_files.TryGetValue(path, out var hash))
            {
                // A photo that went missing since binding changes the fingerprint; rendering then reports it.
                hash = File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "missing";
                _files[path] = hash;
            }

            return hash;
        }
    }

    private static string FolderHash(string folder) => FolderFingerprints.Of(folder);

    private static string Show(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        double n => n.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        string[] list => string.Join("\u001f", list),
        _ => value.ToString() ?? "",
    };

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
