using System.Runtime.InteropServices;

namespace ContentKit.Drawing;

/// <summary>
/// Makes glibc give decoded photos' memory back to the system when they are freed. By default glibc raises its
/// mmap threshold to the size of the last large block freed, so after the first photo every 12 MB pixel buffer comes
/// from a heap arena, and freed buffers stay with the process: 150 distinct 12-megapixel photos peaked at 721 MiB
/// with the threshold left to move and 392 MiB with it fixed (tests/bench/photo-memory.sh). A fixed threshold keeps
/// every block past 128 KiB in its own mapping, returned on free. Other C libraries are left alone.
/// </summary>
internal static class NativeHeap
{
    private const int MmapThreshold = -3;
    private static int _done;

    /// <summary>Fixes glibc's mmap threshold once per process; without glibc it does nothing.</summary>
    public static void ReturnLargeBlocks()
    {
        if (!OperatingSystem.IsLinux() || Interlocked.Exchange(ref _done, 1) == 1)
        {
            return;
        }

        try
        {
            _ = MallOpt(MmapThreshold, 128 * 1024);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl and other C libraries (no libc.so.6): their own allocators, nothing to set.
        }
    }

    [DllImport("libc.so.6", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallOpt(int parameter, int value);
}
