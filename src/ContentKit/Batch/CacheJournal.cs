using System.Text;
using System.Text.Json;

namespace ContentKit.Batch;

/// <summary>
/// The outputs finished since the cache was last saved whole, one JSON line each, appended the moment an output is
/// written. A run killed with <c>kill -9</c> loses none of them: the next run replays the journal over the saved cache.
/// </summary>
internal sealed class CacheJournal : IDisposable
{
    public const string FileName = ".contentkit-cache.journal";

    private readonly string _path;
    private readonly List<string> _lines = [];
    private FileStream? _stream;

    public CacheJournal(string folder) => _path = Path.Combine(folder, FileName);

    /// <summary>The number of lines written since the last <see cref="Restart"/>.</summary>
    public int Count => _lines.Count;

    /// <summary>Adds the entries a killed run left in the folder's journal; a line cut off by the kill is ignored.</summary>
    public void ReplayInto(Dictionary<string, CacheEntry> entries)
    {
        if (!File.Exists(_path))
        {
            return;
        }

        foreach (var line in File.ReadLines(_path))
        {
            try
            {
                if (JsonSerializer.Deserialize(line, LineJsonContext.Default.JournalLine) is { Name: { } name, Entry: { } entry })
                {
                    entries[name] = entry;
                }
            }
            catch (JsonException)
            {
                // The last line of a killed run may be incomplete.
            }
        }
    }

    /// <summary>Appends one finished output. Written through to the system at once: a killed process keeps it.</summary>
    public void Append(string name, CacheEntry entry)
    {
        var line = JsonSerializer.Serialize(new JournalLine(name, entry), LineJsonContext.Default.JournalLine);
        _lines.Add(line);
        Write(line);
    }

    /// <summary>After the whole cache was saved: the journal keeps only the lines from <paramref name="saved"/> on (recorded while saving).</summary>
    public void Restart(int saved)
    {
        _lines.RemoveRange(0, saved);
        _stream?.Dispose();
        _stream = null;
        File.Delete(_path);
        foreach (var line in _lines)
        {
            Write(line);
        }
    }

    public void Dispose() => _stream?.Dispose();

    private void Write(string line)
    {
        _stream ??= new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read);
        _stream.Write(Encoding.UTF8.GetBytes(line + "\n"));
        _stream.Flush();
    }

    internal sealed record JournalLine(string Name, CacheEntry Entry);
}
