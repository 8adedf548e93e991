namespace ContentKit.Data;

public static partial class DataReader
{
    /// <summary>
    /// <see cref="Read(string, DataReadOptions?)"/> without blocking a thread on the disk (or on standard input, <c>-</c>):
    /// the file is read into memory asynchronously, up to <see cref="DataReadOptions.MaxFileBytes"/>, then parsed.
    /// </summary>
    /// <param name="path">The data file, or <c>-</c> for standard input.</param>
    /// <param name="options">Format, sheet, column names and limits; <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ContentKitException">The file is missing, not data, too large, empty or malformed.</exception>
    public static async Task<DataSheet> ReadAsync(string path, DataReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options = Checked(options);
        var name = path == StandardInputPath ? StandardInputName : path;
        await using var stream = path == StandardInputPath ? Console.OpenStandardInput() : Open(path, asynchronous: true);
        using var copy = await CopyAsync(stream, name, options.MaxFileBytes, cancellationToken);
        return ReadSeekable(copy, name, options);
    }

    /// <summary>
    /// <see cref="Read(Stream, string, DataReadOptions?)"/> for a stream that should not be read synchronously (a request
    /// body, a download): it is copied into memory asynchronously, up to <see cref="DataReadOptions.MaxFileBytes"/>, then parsed.
    /// </summary>
    /// <param name="stream">The file's bytes, from its current position to its end; it is not closed.</param>
    /// <param name="fileName">The file's name: errors name it, and its extension chooses the format when <see cref="DataReadOptions.Format"/> is not set.</param>
    /// <param name="options">Format, sheet, column names and limits; <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ContentKitException">The data is not a format ContentKit reads, or is too large, empty or malformed.</exception>
    public static async Task<DataSheet> ReadAsync(Stream stream, string fileName, DataReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        options = Checked(options);
        using var copy = await CopyAsync(stream, fileName, options.MaxFileBytes, cancellationToken);
        return ReadSeekable(copy, fileName, options);
    }

    private static async Task<MemoryStream> CopyAsync(Stream stream, string fileName, long maxBytes, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                throw TooLarge(fileName, maxBytes);
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }
}
