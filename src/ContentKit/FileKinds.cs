using System.Runtime.InteropServices;

namespace ContentKit;

/// <summary>
/// Tells a regular file from a FIFO, device or socket without opening it (opening a FIFO for reading waits for a writer).
/// .NET has no public API for the file type, so on Unix this asks the runtime's own native library, whose
/// <c>FileStatus</c> record starts with two 32-bit fields, flags and mode, in every .NET version.
/// </summary>
internal static class FileKinds
{
    // The S_IFMT bits of the mode, as the runtime's PAL defines them (the POSIX values).
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>What <paramref name="path"/> is, after following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        // Windows reaches devices and pipes only through \\.\ names, which no confined relative path can be.
        if (OperatingSystem.IsWindows())
        {
            return FileKind.Regular;
        }

        NativeFileStatus status;
        try
        {
            if (Stat(System.Text.Encoding.UTF8.GetBytes(path + "\0"), out status) != 0)
            {
                return FileKind.Missing;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A host that links the runtime's native code statically (single-file, AOT) cannot be asked. FIFOs, devices
            // and sockets all report a length of 0, and an empty file is no photo either, so only a file with bytes is read.
            return new FileInfo(path).Length > 0 ? FileKind.Regular : FileKind.Special;
        }

        return (status.Mode & TypeMask) switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] nullTerminatedUtf8Path, out NativeFileStatus status);

    /// <summary>The head of the runtime's <c>FileStatus</c>; the size leaves room for every field later versions add.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct NativeFileStatus
    {
        public int Flags;
        public int Mode;
    }
}
