using System.Text.RegularExpressions;

namespace ContentKit.Output;

/// <summary>
/// A file of the batch could not be written: the disk is full, the folder is read-only, or a file stands where a
/// folder should be. The batch stops (every further output would fail the same way) and says where.
/// </summary>
/// <remarks>Not changed after it is thrown: safe to read from any thread.</remarks>
public sealed partial class OutputWriteException : ContentKitException
{
    /// <summary>Creates the error for <paramref name="path"/>, keeping the system's reason.</summary>
    public OutputWriteException(string path, Exception innerException)
        : base($"{Localized.Format(Messages.Batch_WriteFailed, path, Reason(innerException))} {Messages.Batch_WriteFailed_Fix}", null, innerException)
    {
        Path = path;
    }

    /// <summary>The file that could not be written.</summary>
    public string Path { get; }

    /// <summary>The system's reason without the temporary file's name it often ends with ("No space left on device : '/out/.1f….ck-tmp'").</summary>
    private static string Reason(Exception e) => TrailingPath().Replace(e.Message, "").TrimEnd('.', ' ');

    [GeneratedRegex(@"\s*:\s*'[^']*'\s*$")]
    private static partial Regex TrailingPath();
}
