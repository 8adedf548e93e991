namespace ContentKit.Output;

/// <summary>
/// A file of the batch could not be written: the disk is full, the folder is read-only, or a file stands where a
/// folder should be. The batch stops (every further output would fail the same way) and says where.
/// </summary>
public sealed class OutputWriteException : ContentKitException
{
    /// <summary>Creates the error for <paramref name="path"/>, keeping the system's reason.</summary>
    public OutputWriteException(string path, Exception innerException)
        : base($"{Localized.Format(Messages.Batch_WriteFailed, path, innerException.Message)} {Messages.Batch_WriteFailed_Fix}", null, innerException)
    {
        Path = path;
    }

    /// <summary>The file that could not be written.</summary>
    public string Path { get; }
}
