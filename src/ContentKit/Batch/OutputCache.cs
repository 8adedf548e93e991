using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>
/// Remembers, in the output folder, a fingerprint of everything each output was made from: its rows' values,
/// the images they name, the template's files, the brand kit and unit, the fonts, the options and the ContentKit
/// version. An output whose fingerprint is unchanged and whose file still exists is not rendered again.
/// Each finished output is journaled at once and the whole cache saved every <see cref="SaveEvery"/> outputs or
/// second, so a killed run keeps what it finished.
/// </summary>
internal sealed class OutputCache : IDisposable
{
    public const string FileName = ".contentkit-cache.json";

    /// <summary>Outputs finished between two saves of the whole cache, at most (the journal holds them meanwhile).</summary>
    private const int SaveEvery = 50;

    private static readonly TimeSpan SaveInterval = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, CacheEntry> _entries;
    private readonly string _folder;
    private readonly string _job;
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly CacheJournal _journal;
    private readonly SemaphoreSlim _saving = new(1, 1);
    private long _savedAt = System.Diagnostics.Stopwatch.GetTimestamp();

    private OutputCache(string folder, Dictionary<string, CacheEntry> entries, string job, CacheJournal journal)
    {
        _folder = folder;
        _entries = entries;
        _job = job;
        _journal = journal;
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
                entries = JsonSerializer.Deserialize(File.ReadAllText(path), BatchJsonContext.Default.DictionaryStringCacheEntry) ?? entries;
            }
        }
        catch (JsonException)
        {
            // A damaged cache only costs a full render.
        }

        var journal = new CacheJournal(folder);
        journal.ReplayInto(entries);

        var job = new StringBuilder()
            .AppendLine(typeof(OutputCache).Assembly.GetName().Version?.ToString())
            .AppendLine(FolderHash(renderer.Template.Folder))
            .AppendLine(FolderHash(renderer.Brand.Folder))
            .AppendLine(string.Join(",", fontFolders.Select(FolderHash)))
            .AppendLine(FolderHash(renderer.IconsFolder))
            .AppendLine(options.Type == OutputType.Mp4 ? FolderHash(renderer.MusicFolder) + " " + (renderer.Options.Video with { Ffmpeg = null }) : "")
            .AppendLine(JsonSerializer.Serialize(renderer.Brand with { Folder = "" }, LineJsonContext.Default.BrandKit))
            // A unit's unit.json and logos by content: an edited logo renders every output again.
            .AppendLine(renderer.Options.Unit is { } unit ? string.Join(" ", unit.Files.Select(ContentHash)) : "")
            .AppendLine(options.Type.Extension())
            .AppendLine(renderer.Options.Culture.Name)
            // The values as the layout sees them: the set ones, and today's date for a template that counts from it.
            .AppendLine(string.Join("\n", renderer.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")))
            .ToString();
        return new OutputCache(folder, entries, Hash(job), journal);
    }

    /// <summary>The fingerprint of one output.</summary>
    public string Fingerprint(PlannedOutput output, Func<string, string?> imageFile)
    {
        var text = new StringBuilder().AppendLine(_job).AppendLine($"{output.Format.Name} {output.Format.Width}x{output.Format.Height}");
        text.AppendLine($"{output.Unit.Group?.Key} {output.Unit.Page}/{output.Unit.Pages}");
        if (output.Unit.Slide is { } slide)
        {
            text.AppendLine($"slide {slide}");
        }

        foreach (var row in output.Unit.Table)
        {
            foreach (var (key, value) in row.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                text.Append(key).Append('=').AppendLine(Show(value));
                if (value is string reference && imageFile(reference) is { } file)
                {
                    text.Append("  ").AppendLine(FileHash(file));
                }

                // A list can name photos in the data folder (reels-dokumentasi's foto): an edited photo renders again too.
                foreach (var photo in value is string[] items ? items.Select(item => PhotoIn(imageFile, item)).OfType<string>() : [])
                {
                    text.Append("  ").AppendLine(FileHash(photo));
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
            return _entries.TryGetValue(name, out var known) && known.Fingerprint == fingerprint && IsFile(Path.Combine(_folder, name), known) ? known : null;
        }
    }

    /// <summary>The file is there, and is the one recorded when its length and time were.</summary>
    private static bool IsFile(string path, CacheEntry entry)
    {
        var file = new FileInfo(path);
        return file.Exists && (entry.Length is not { } length || (file.Length == length && file.LastWriteTimeUtc == entry.Written));
    }

    /// <summary>The outputs the cache knows, made by this run or an earlier one, with the format each was made in.</summary>
    public IReadOnlyList<(string Name, string? Format)> Formats()
    {
        lock (_entries)
        {
            return [.. _entries.Select(e => (e.Key, e.Value.Format))];
        }
    }

    /// <summary>Records a finished output (journaled at once), and saves the whole cache when enough have finished since the last save.</summary>
    public async Task RecordAsync(string name, CacheEntry entry)
    {
        bool due;
        lock (_entries)
        {
            _entries[name] = entry;
            _journal.Append(name, entry);
            due = _journal.Count >= SaveEvery || System.Diagnostics.Stopwatch.GetElapsedTime(_savedAt) >= SaveInterval;
        }

        // One save at a time; an output finishing meanwhile waits in the journal for the next.
        if (due && await _saving.WaitAsync(0))
        {
            try
            {
                await SaveWholeAsync();
            }
            finally
            {
                _saving.Release();
            }
        }
    }

    /// <summary>Forgets an output whose file was moved away.</summary>
    public void Forget(string name)
    {
        lock (_entries)
        {
            _entries.Remove(name);
        }
    }

    /// <summary>Saves the whole cache atomically; the journal is then emptied.</summary>
    public async Task SaveAsync()
    {
        await _saving.WaitAsync();
        try
        {
            await SaveWholeAsync();
        }
        finally
        {
            _saving.Release();
        }
    }

    public void Dispose()
    {
        _journal.Dispose();
        _saving.Dispose();
    }

    private async Task SaveWholeAsync()
    {
        string text;
        int journaled;
        lock (_entries)
        {
            text = JsonSerializer.Serialize(new SortedDictionary<string, CacheEntry>(_entries, StringComparer.Ordinal), BatchJsonContext.Default.SortedDictionaryStringCacheEntry);
            journaled = _journal.Count;
            _savedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        }

        await AtomicFile.WriteTextAsync(Path.Combine(_folder, FileName), text + "\n");
        lock (_entries)
        {
            _journal.Restart(journaled);
        }
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

    private static string ContentHash(string path) => File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "missing";

    /// <summary>The file a list item names in the data folder, or null when the item is not one (most list items are text).</summary>
    private static string? PhotoIn(Func<string, string?> imageFile, string item)
    {
        try
        {
            return imageFile($"{RowBinder.DataScheme}:{item}") is { } file && File.Exists(file) ? file : null;
        }
        catch (ContentKitException)
        {
            return null;
        }
    }

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
