namespace ContentKit.Cli.Preview;

/// <summary>
/// Watches the folders a render was made from (template, brand kit, data) and asks for a render on any change. The set
/// follows the latest render, so pointing the data at another folder or the template at another brand moves the watch.
/// </summary>
internal sealed class PreviewWatcher(Action changed) : IDisposable
{
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Watch(IReadOnlyList<string> folders)
    {
        lock (_lock)
        {
            var wanted = folders.Where(Directory.Exists).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in _watchers.Keys.Where(k => !wanted.Contains(k)).ToList())
            {
                _watchers[gone].Dispose();
                _watchers.Remove(gone);
            }

            foreach (var folder in wanted.Where(f => !_watchers.ContainsKey(f)))
            {
                var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true };
                watcher.Changed += (_, _) => changed();
                watcher.Created += (_, _) => changed();
                watcher.Deleted += (_, _) => changed();
                watcher.Renamed += (_, _) => changed();
                watcher.EnableRaisingEvents = true;
                _watchers[folder] = watcher;
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var watcher in _watchers.Values)
            {
                watcher.Dispose();
            }

            _watchers.Clear();
        }
    }
}
