using System.ComponentModel;
using System.Diagnostics;
using System.IO.Pipes;
using System.Runtime.InteropServices;

namespace ContentKit.Video;

/// <summary>
/// ffmpeg (or ffprobe) running for one video: its standard input, what it prints, its exit. Ending it ends its
/// whole process tree, and disposing it ends it if it still runs, so no child outlives the run that started it.
/// </summary>
internal sealed class FfmpegProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _errors = [];
    private readonly List<string> _output = [];

    private FfmpegProcess(Process process) => _process = process;

    /// <summary>The frames go here.</summary>
    public Stream Input => _process.StandardInput.BaseStream;

    /// <summary>Starts <paramref name="program"/>; a program that cannot be started is an error naming it.</summary>
    public static FfmpegProcess Start(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = new Process { StartInfo = start };
        var running = new FfmpegProcess(process);
        process.ErrorDataReceived += (_, e) => Keep(running._errors, e.Data);
        process.OutputDataReceived += (_, e) => Keep(running._output, e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw ContentKitException.WithFix(Localized.Format(Messages.Ffmpeg_NotAt, program), Messages.Ffmpeg_InstallHint, null, e);
        }

        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return running;
    }

    /// <summary>
    /// Asks Linux for a standard-input pipe of <paramref name="bytes"/> (at most 1 MiB, the limit for any user) instead of
    /// 64 KiB, so a 3 MB frame passes in a few wake-ups of each side instead of fifty. Elsewhere, or when refused, the pipe stays as it is.
    /// </summary>
    public void WidenInput(int bytes)
    {
        if (OperatingSystem.IsLinux() && Input is PipeStream pipe)
        {
            try
            {
                _ = Fcntl((int)pipe.SafePipeHandle.DangerousGetHandle(), SetPipeSize, Math.Min(bytes, 1 << 20));
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Not glibc: the pipe keeps its size.
            }
        }
    }

    /// <summary>The lines it printed on standard error so far.</summary>
    public IReadOnlyList<string> Errors => Lines(_errors);

    /// <summary>The lines it printed on standard output so far.</summary>
    public IReadOnlyList<string> Output => Lines(_output);

    /// <summary>Ends the process and its children now (Ctrl+C, a deadline, a failure); nothing once it has exited.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
    }

    /// <summary>Waits for the exit, and for everything it printed; the exit code (128 + n when signal n ended it).</summary>
    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    /// <summary>Linux's F_SETPIPE_SZ.</summary>
    private const int SetPipeSize = 1031;

    [DllImport("libc.so.6", EntryPoint = "fcntl")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fcntl(int descriptor, int command, int argument);

    private static void Keep(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
        }
    }

    private static string[] Lines(List<string> lines)
    {
        lock (lines)
        {
            return [.. lines];
        }
    }
}
