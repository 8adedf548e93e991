namespace ContentKit.Video;

/// <summary>Finds the ffmpeg program: the path given, or <c>ffmpeg</c> on PATH; its absence is an error that says how to install it.</summary>
internal static class FfmpegLocator
{
    public const string InstallHint = "Install it (Debian/Ubuntu: sudo apt-get install ffmpeg; Windows: winget install ffmpeg; macOS: brew install ffmpeg) or give its path with --ffmpeg.";

    public static string Find(string? configured, string? path = null)
    {
        if (configured is not null)
        {
            return File.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new ContentKitException($"ffmpeg was not found at '{configured}'. {InstallHint}");
        }

        var names = OperatingSystem.IsWindows() ? new[] { "ffmpeg.exe" } : ["ffmpeg"];
        foreach (var folder in (path ?? Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new ContentKitException($"ffmpeg was not found on PATH; ContentKit needs it to make videos. {InstallHint}");
    }
}
