using System.Diagnostics;
using System.Globalization;
using ContentKit.Output;

namespace ContentKit.Batch;

/// <summary>
/// Keeps one batch at a time in an output folder: a lock file holding the process id of the run that owns the folder.
/// A second run is refused with a message naming that process; the lock of a process that no longer runs (killed,
/// crashed) is taken over.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    public const string FileName = ".contentkit.lock";

    private readonly string _path;

    private OutputLock(string path) => _path = path;

    /// <summary>Takes the folder, or throws <see cref="ContentKitException"/> when another live run holds it.</summary>
    public static OutputLock Take(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var me = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                using (var writer = new StreamWriter(stream))
                {
                    writer.Write(me);
                }

                return new OutputLock(path);
            }
            catch (IOException) when (File.Exists(path) && attempt < 20)
            {
                var holder = Holder(path);
                if (holder is null && DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < TimeSpan.FromSeconds(2))
                {
                    // Another run has just created it and is writing its process id.
                    Thread.Sleep(100);
                    continue;
                }

                if (holder is { } pid && IsRunning(pid))
                {
                    throw ContentKitException.WithFix(Localized.Format(Messages.Batch_Locked, folder, pid), Messages.Batch_Locked_Fix);
                }

                // A lock whose process is gone (or one half-written by a run killed while taking it): taken over.
                TakeOver(path, holder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputWriteException(path, e);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, it is taken over by the next run: its process is gone.
        }
    }

    private static int? Holder(string path)
    {
        try
        {
            return int.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Removes a stale lock, unless another run took it over first (then the next attempt sees that run).</summary>
    private static void TakeOver(string path, int? stale)
    {
        if (Holder(path) == stale)
        {
            File.Delete(path);
        }
    }
}
