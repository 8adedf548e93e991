namespace ContentKit.Cli.Commands;

/// <summary>
/// Checks, before any row is drawn, that the output folder can be written: it is created if missing and a small file
/// is written and flushed to disk in it, so a read-only folder, a file in the folder's place or a full disk is one clear
/// message (exit 2) instead of every row failing, or a stack trace.
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
        try
        {
            Directory.CreateDirectory(full);
            using (var stream = new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            {
                // A byte, flushed to the disk: a full disk refuses the data, not the empty file.
                stream.WriteByte(0);
                stream.Flush(flushToDisk: true);
            }

            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(probe);
            throw new ContentKitException(Localized.Format(CliMessages.Out_NotWritable, full, e.Message.TrimEnd('.')));
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing was written, or the folder refuses even that; either way there is nothing to clean up.
        }
    }
}
