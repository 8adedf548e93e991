using System.Diagnostics;
using System.Text.Json;
using ContentKit.Video;

namespace ContentKit.Tests.Video;

/// <summary>
/// ffmpeg and ffprobe for the video tests, found the way ContentKit finds them. A machine without ffmpeg fails
/// these tests with the install command rather than skipping them (CI installs it).
/// </summary>
internal static class Ffmpeg
{
    public static string Program { get; } = FfmpegLocator.Find(null);

    public static JsonElement Probe(string video) =>
        JsonDocument.Parse(Run(Path.Combine(Path.GetDirectoryName(Program)!, "ffprobe"), "-v", "error", "-print_format", "json", "-show_streams", "-show_format", video)).RootElement;

    /// <summary>Frame <paramref name="index"/> of a video decoded to RGBA bytes.</summary>
    public static byte[] Frame(string video, int index)
    {
        var start = new ProcessStartInfo(Program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-v", "error", "-i", video, "-vf", $"select=eq(n\\,{index})", "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgba", "-"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var bytes = new MemoryStream();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(bytes);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error.Result);
        return bytes.ToArray();
    }

    /// <summary>The top-level MP4 boxes in file order (ftyp, moov, mdat…).</summary>
    public static List<string> Boxes(string video)
    {
        var boxes = new List<string>();
        using var file = File.OpenRead(video);
        var header = new byte[16];
        while (file.Position + 8 <= file.Length)
        {
            file.ReadExactly(header, 0, 8);
            long size = (uint)((header[0] << 24) | (header[1] << 16) | (header[2] << 8) | header[3]);
            boxes.Add(System.Text.Encoding.ASCII.GetString(header, 4, 4));
            if (size == 1)
            {
                file.ReadExactly(header, 8, 8);
                size = (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(8));
                file.Position += size - 16;
            }
            else
            {
                file.Position += size - 8;
            }
        }

        return boxes;
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
        return output.Result;
    }
}
