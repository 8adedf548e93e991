namespace ContentKit.Video;

/// <summary>Finds the ffmpeg program: the path given, or <c>ffmpeg</c> on PATH; its absence is an error that says how to install it.</summary>
internal static class FfmpegLocator
{
    public static string Find(string? configured, string? path = null)
    {
        if (configured is not null)
        {
            return File.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw ContentKitException.WithFix(Localized.Format(Messages.Ffmpeg_NotAt, configured), Messages.Ffmpeg_InstallHint);
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

        throw ContentKitException.WithFix(Messages.Ffmpeg_NotOnPath, Messages.Ffmpeg_InstallHint);
    }
}
