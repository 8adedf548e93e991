namespace ContentKit.Authoring;

/// <summary>
/// Makes a new folder whole or not at all: its files are written into a hidden folder beside it, which takes the
/// folder's name only when everything is in it. A failure halfway (a full disk, a template that does not load) leaves
/// nothing behind, and an existing folder with anything in it is never written into.
/// </summary>
internal static class StagedFolder
{
    /// <summary>Creates <paramref name="folder"/> with what <paramref name="fill"/> writes into the staging folder it is given.</summary>
    /// <exception cref="ContentKitException"><paramref name="folder"/> is a file or a folder that is not empty.</exception>
    /// <exception cref="Output.OutputWriteException">The folder cannot be written (a full disk, no permission); nothing is left in it.</exception>
    public static void Create(string folder, Action<string> fill)
    {
        folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        ThrowIfTaken(folder);
        var parent = Path.GetDirectoryName(folder)!;
        var staging = Path.Combine(parent, $".{Path.GetFileName(folder)}.{Guid.NewGuid():N}{Output.AtomicFile.TemporarySuffix}");
        try
        {
            Directory.CreateDirectory(staging);
            fill(staging);

            // Checked again: someone may have put something there meanwhile.
            ThrowIfTaken(folder);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder);
            }

            Directory.Move(staging, folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Output.OutputWriteException(folder, e);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void ThrowIfTaken(string folder)
    {
        if (File.Exists(folder))
        {
            throw ContentKitException.WithFix(Localized.Format(Messages.Authoring_IsFile, folder), Messages.Authoring_Taken_Fix);
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw ContentKitException.WithFix(Localized.Format(Messages.Authoring_NotEmpty, folder), Messages.Authoring_Taken_Fix);
        }
    }
}
