namespace ContentKit.Cli.Commands;

/// <summary>
/// Checks, before any row is drawn, that the output folder can be written: it is created if missing and a small file
/// is written and flushed to disk in it, so a read-only folder, a file in the folder's place or a full disk is one clear
/// message (exit 2) instead of every row failing, or a stack trace. The folders it created are removed again, so a run
/// that stops before rendering (no ffmpeg, say) leaves nothing behind; the batch creates them when it writes.
/// </summary>
internal static class WritableFolder
{
    /// <summary>Throws a <see cref="ContentKitException"/> saying why <paramref name="folder"/> cannot be written.</summary>
    public static void Check(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (File.Exists(full))
        {
            throw new ContentKitException(Localized.Format(CliMessages.Out_IsAFile, full));
        }

        var probe = Path.Combine(full, $".contentkit-write-test-{Environment.ProcessId}.ck-tmp");
        var created = Missing(full).ToList();
        try
        {
            Directory.CreateDirectory(full);
            using (var stream = new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            {
                // A byte, flushed to the disk: a full disk refuses the data, not the empty file.
                stream.WriteByte(0);
                stream.Flush(flushToDisk: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ContentKitException(Localized.Format(CliMessages.Out_NotWritable, full, e.Message.TrimEnd('.')));
        }
        finally
        {
            CleanUp(probe, created);
        }
    }

    /// <summary>The folders of <paramref name="folder"/>'s path that do not exist yet, deepest first.</summary>
    private static IEnumerable<string> Missing(string folder)
    {
        for (var current = folder; !Directory.Exists(current) && !File.Exists(current); current = Path.GetDirectoryName(current)!)
        {
            yield return current;
        }
    }

    private static void CleanUp(string probe, IEnumerable<string> created)
    {
        try
        {
            File.Delete(probe);
            foreach (var folder in created.Where(Directory.Exists))
            {
                // Not recursive: a folder another process has begun to fill stays.
                Directory.Delete(folder, recursive: false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing was written, or the folder refuses even that; either way there is nothing more to clean up.
        }
    }
}
