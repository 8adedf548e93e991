namespace ContentKit.Output;

/// <summary>
/// Writes a file so that readers see either the old file or the complete new one, never a half-written one:
/// the content goes to a temporary file in the same folder, which is flushed to the disk and then renamed over
/// the target, so even a power cut leaves the old file or the new one.
/// </summary>
/// <remarks>Stateless: safe to call from any number of threads at once.</remarks>
public static class AtomicFile
{
    /// <summary>The suffix of temporary files; a crashed run's leftovers can be recognised and removed.</summary>
    public const string TemporarySuffix = ".ck-tmp";

    /// <summary>Writes <paramref name="path"/> with what <paramref name="write"/> puts into the stream.</summary>
    /// <exception cref="OutputWriteException">The folder cannot be written (a full disk, no permission, a file in the way).</exception>
    public static Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default) =>
        WriteAsync(path, write, null, cancellationToken);

    /// <summary>Writes <paramref name="path"/>, calling <paramref name="beforeRename"/> with the finished temporary file just before it takes the name.</summary>
    /// <exception cref="OutputWriteException">The folder cannot be written (a full disk, no permission, a file in the way).</exception>
    internal static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, Func<FileInfo, Task>? beforeRename, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        // The temporary name does not include the target's, so a target name near the 255-byte limit still works.
        var temporary = Path.Combine(folder, $".{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            Directory.CreateDirectory(folder);
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (beforeRename is not null)
            {
                await beforeRename(new FileInfo(temporary));
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(path, e);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Writes text as UTF-8 without a byte order mark.</summary>
    /// <exception cref="OutputWriteException">The folder cannot be written.</exception>
    public static Task WriteTextAsync(string path, string text, CancellationToken cancellationToken = default) =>
        WriteAsync(path, async (stream, ct) =>
        {
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            await writer.WriteAsync(text.AsMemory(), ct);
        }, cancellationToken);

    /// <summary>Flushes a finished file (one another program wrote, such as ffmpeg's video) to the disk before it is renamed into place.</summary>
    internal static void FlushToDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Removes the temporary files of <paramref name="folder"/> (not its subfolders) older than <paramref name="age"/>: what killed runs left behind.</summary>
    internal static int RemoveLeftovers(string folder, TimeSpan age)
    {
        var removed = 0;
        var before = DateTime.UtcNow - age;
        foreach (var file in Directory.EnumerateFiles(folder, "*" + TemporarySuffix))
        {
            if (File.GetLastWriteTimeUtc(file) <= before && TryDelete(file))
            {
                removed++;
            }
        }

        return removed;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only folder: the error that matters was the write's.
            return false;
        }
    }
}
