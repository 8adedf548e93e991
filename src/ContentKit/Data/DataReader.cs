namespace ContentKit.Data;

/// <summary>
/// Reads a spreadsheet into a <see cref="DataSheet"/>: CSV (<c>.csv</c>, <c>.tsv</c>, <c>.txt</c>; delimiter and
/// encoding detected) or Excel (<c>.xlsx</c>, <c>.xlsm</c>, <c>.xls</c>). Problems with the file are reported as
/// <see cref="ContentKitException"/> naming the file, row and column. Safe to call from several threads.
/// </summary>
public static class DataReader
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>Reads the file at <paramref name="path"/>, choosing the format by its extension.</summary>
    /// <param name="path">The data file; it may be open in Excel at the same time.</param>
    /// <param name="options">Sheet and limits; <c>null</c> for the defaults.</param>
    /// <exception cref="ContentKitException">The file is missing, unsupported, too large, empty or malformed.</exception>
    public static DataSheet Read(string path, DataReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var read = ReaderFor(path);
        using var stream = Open(path);
        return Read(read, stream, path, Checked(options));
    }

    /// <summary>Reads a data file from <paramref name="stream"/>, from its current position to its end.</summary>
    /// <param name="stream">The file's bytes; it is not closed.</param>
    /// <param name="fileName">The file's name: its extension chooses the format, and errors name it.</param>
    /// <param name="options">Sheet and limits; <c>null</c> for the defaults.</param>
    /// <exception cref="ContentKitException">The format is unsupported, or the data is too large, empty or malformed.</exception>
    public static DataSheet Read(Stream stream, string fileName, DataReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        options = Checked(options);
        var read = ReaderFor(fileName);
        if (stream.CanSeek && stream.Position == 0)
        {
            return Read(read, stream, fileName, options);
        }

        using var copy = Copy(stream, fileName, options.MaxFileBytes);
        return Read(read, copy, fileName, options);
    }

    private static DataSheet Read(Func<Stream, string, DataReadOptions, DataSheet> read, Stream seekable, string fileName, DataReadOptions options)
    {
        if (seekable.Length > options.MaxFileBytes)
        {
            throw TooLarge(fileName, options.MaxFileBytes);
        }

        return seekable.Length == 0 ? throw new SheetSource(fileName, null).Empty() : read(seekable, fileName, options);
    }

    private static DataReadOptions Checked(DataReadOptions? options)
    {
        options ??= new DataReadOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileBytes);
        return options;
    }

    private static Func<Stream, string, DataReadOptions, DataSheet> ReaderFor(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" or ".tsv" or ".txt" => CsvSheetReader.Read,
            ".xlsx" or ".xlsm" or ".xls" => ExcelSheetReader.Read,
            _ => throw new ContentKitException(
                $"{Path.GetFileName(fileName)} is not a data file ContentKit can read. Use a .csv, .tsv, .txt, .xlsx, .xlsm or .xls file; "
                + "in Excel, choose File > Save As > Excel Workbook (.xlsx) or CSV UTF-8.",
                new ErrorLocation(fileName)),
        };

    private static FileStream Open(string path)
    {
        try
        {
            // ReadWrite sharing: Excel keeps the files it has open locked for writing, and users read them while open.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ContentKitException(
                $"The data file {path} does not exist{(Path.IsPathFullyQualified(path) ? string.Empty : $" (looked for {Path.GetFullPath(path)})")}. "
                + "Check the folder and the file name.",
                new ErrorLocation(path),
                ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ContentKitException(
                $"The data file {path} could not be opened: {ex.Message} Check that you may read it.",
                new ErrorLocation(path),
                ex);
        }
    }

    /// <summary>Copies a stream that cannot seek (a download, a pipe) so the readers can; stops past the size limit.</summary>
    private static MemoryStream Copy(Stream stream, string fileName, long maxBytes)
    {
        var copy = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(buffer)) > 0)
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

    private static ContentKitException TooLarge(string fileName, long maxBytes) => new(
        $"{Path.GetFileName(fileName)} is larger than {(maxBytes >= Megabyte ? $"{maxBytes / (double)Megabyte:0.#} MB" : $"{maxBytes} bytes")}, the most ContentKit reads. "
        + "Split it into smaller files, or raise DataReadOptions.MaxFileBytes.",
        new ErrorLocation(fileName));
}
