namespace ContentKit.Video;

/// <summary>
/// Checks that what ffmpeg wrote is a real MP4 with a video stream before it is renamed into place: asked of ffprobe
/// (beside ffmpeg, else on PATH), or, without one, read from the file's first box.
/// </summary>
internal static class Mp4Probe
{
    /// <summary>Throws <see cref="ContentKitException"/> naming <paramref name="ffmpeg"/> when <paramref name="file"/> is not an MP4 video.</summary>
    public static async Task CheckAsync(string file, string ffmpeg, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var reason = Ffprobe(ffmpeg) is { } ffprobe ? await ProbeAsync(ffprobe, file, deadline, cancellationToken) : Header(file);
        if (reason is not null)
        {
            throw new ContentKitException(Localized.Format(Messages.Ffmpeg_NotMp4, ffmpeg, reason));
        }
    }

    /// <summary>Null when ffprobe finds an MP4 with a video stream; else what it said.</summary>
    private static async Task<string?> ProbeAsync(string ffprobe, string file, TimeSpan deadline, CancellationToken cancellationToken)
    {
        using var process = FfmpegProcess.Start(ffprobe, $"-v error -select_streams v:0 -show_entries stream=codec_type:format=format_name -of default=nw=1 \"{file}\"");
        using var stalled = new CancellationTokenSource(deadline);
        using var killOnStall = stalled.Token.Register(process.Kill);
        using var killOnCancel = cancellationToken.Register(process.Kill);
        var exitCode = await process.WaitForExitAsync();
        cancellationToken.ThrowIfCancellationRequested();
        var output = process.Output;
        var isMp4 = output.Any(l => l.StartsWith("format_name=", StringComparison.Ordinal) && l.Contains("mp4", StringComparison.Ordinal));
        if (exitCode == 0 && isMp4 && output.Contains("codec_type=video"))
        {
            return null;
        }

        var said = process.Errors.LastOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? string.Join(", ", output);
        return said.Replace(file, Path.GetFileName(file), StringComparison.Ordinal).Trim();
    }

    private static string? Header(string file)
    {
        var start = new byte[8];
        using var stream = File.OpenRead(file);
        return stream.Read(start) == 8 && System.Text.Encoding.ASCII.GetString(start, 4, 4) == "ftyp" ? null : Messages.Ffmpeg_NoMp4Header;
    }

    private static string? Ffprobe(string ffmpeg)
    {
        var name = OperatingSystem.IsWindows() ? "ffprobe.exe" : "ffprobe";
        var beside = Path.Combine(Path.GetDirectoryName(ffmpeg)!, name);
        return File.Exists(beside)
            ? beside
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, name))
                .FirstOrDefault(File.Exists);
    }
}
