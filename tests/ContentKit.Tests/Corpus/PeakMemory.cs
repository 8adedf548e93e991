using System.Diagnostics;

namespace ContentKit.Tests.Corpus;

/// <summary>The process's peak working set, with the Linux high-water mark reset first so earlier tests cannot hide a run's peak.</summary>
internal static class PeakMemory
{
    public static long Reset() => Peak(reset: true);

    public static long Read() => Peak(reset: false);

    private static long Peak(bool reset)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (reset && OperatingSystem.IsLinux())
        {
            try
            {
                File.WriteAllText("/proc/self/clear_refs", "5");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not resettable here: growth is then measured from an earlier peak, which only makes the check weaker.
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
