namespace ContentKit.Data;

/// <summary>
/// Reads a spreadsheet into a <see cref="DataSheet"/>: CSV (<c>.csv</c>, <c>.tsv</c>, <c>.txt</c>; delimiter and
/// encoding detected), Excel (<c>.xlsx</c>, <c>.xlsm</c>, <c>.xls</c>) or JSON (<c>.json</c>, an array of objects), from a
/// file or from standard input (<c>-</c>). Problems with the file are reported as <see cref="ContentKitException"/>
/// naming the file, row and column. Safe to call from several threads.
/// </summary>
public static partial class DataReader
{
    /// <summary>The path that means standard input.</summary>
    private const string StandardInputPath = "-";

    /// <summary>What errors and <see cref="DataSheet.SourcePath"/> call standard input, in the UI language.</summary>
    private static string StandardInputName => Messages.Data_StandardInput;

    private const long Megabyte = 1024 * 1024;

    /// <summary>
    /// Reads the file at <paramref name="path"/>, or standard input when it is <c>-</c>. The format is
    /// <see cref="DataReadOptions.Format"/>, else the extension's, else told from the first bytes.
    /// </summary>
    /// <param name="path">The data file (it may be open in Excel at the same time), or <c>-</c> for standard input, which is read to its end.</param>
    /// <param name="options">Format, sheet, column names and limits; <c>null</c> for the defaults.</param>
    /// <exception cref="ContentKitException">The file is missing, not data, too large, empty or malformed.</exception>
    public static DataSheet Read(string path, DataReadOptions? options = null) => Read(path, options, Console.OpenStandardInput);

    /// <summary>Reads a data file from <paramref name="stream"/>, from its current position to its end.</summary>
    /// <param name="stream">The file's bytes; it is not closed.</param>
    /// <param name="fileName">The file's name: errors name it, and its extension chooses the format when <see cref="DataReadOptions.Format"/> is not set.</param>
    /// <param name="options">Format, sheet, column names and limits; <c>null</c> for the defaults.</param>
    /// <exception cref="ContentKitException">The data is not a format ContentKit reads, or is too large, empty or malformed.</exception>
    public static DataSheet Read(Stream stream, string fileName, DataReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        options = Checked(options);
        if (stream.CanSeek && stream.Position == 0)
        {
            return ReadSeekable(stream, fileName, options);
        }

        using var copy = Copy(stream, fileName, options.MaxFileBytes);
        return ReadSeekable(copy, fileName, options);
    }

    /// <summary><see cref="Read(string, DataReadOptions?)"/> with the standard input a test supplies.</summary>
    internal static DataSheet Read(string path, DataReadOptions? options, Func<Stream> openStandardInput)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options = Checked(options);
        if (path == StandardInputPath)
        {
            // Standard input cannot seek, and the readers need to (the Excel one jumps around the zip).
            using var input = openStandardInput();
            using var copy = Copy(input, StandardInputName, options.MaxFileBytes);
            return ReadSeekable(copy, StandardInputName, options);
        }

        using var stream = Open(path);
        return ReadSeekable(stream, path, options);
    }

    private static DataSheet ReadSeekable(Stream seekable, string fileName, DataReadOptions options)
    {
        if (seekable.Length > options.MaxFileBytes)
        {
            throw TooLarge(fileName, options.MaxFileBytes);
        }

        if (seekable.Length == 0)
        {
            throw new SheetSource(fileName, null).Empty();
        }

        var sniffed = FormatSniffer.Sniff(seekable);
        var format = options.Format ?? FormatOf(fileName) ?? sniffed ?? throw NotData(fileName);
        if (format is DataFormat.Csv or DataFormat.Json && sniffed is DataFormat.Xlsx or DataFormat.Xls)
        {
            // Read as text, a workbook saved under a .csv name would give a screen of garbage or a baffling error.
            throw new ContentKitException(
                Localized.Format(Messages.Data_WorkbookNamedAsText, Path.GetFileName(fileName), sniffed == DataFormat.Xlsx ? ".xlsx" : ".xls", Path.GetExtension(fileName)),
                new ErrorLocation(fileName));
        }

        return format switch
        {
            DataFormat.Csv => CsvSheetReader.Read(seekable, fileName, options),
            DataFormat.Json => JsonSheetReader.Read(seekable, fileName, options),
            DataFormat.Xlsx or DataFormat.Xls => ExcelSheetReader.Read(seekable, fileName, options),
            _ => throw new ArgumentOutOfRangeException(nameof(options), format, "DataReadOptions.Format is not a DataFormat."),
        };
    }

    private static DataReadOptions Checked(DataReadOptions? options)
    {
        options ??= new DataReadOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileBytes);
        return options;
    }

    private static DataFormat? FormatOf(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" or ".tsv" or ".txt" => DataFormat.Csv,
            ".json" => DataFormat.Json,
            ".xlsx" or ".xlsm" => DataFormat.Xlsx,
            ".xls" => DataFormat.Xls,
            _ => null,
        };

    private static FileStream Open(string path, bool asynchronous = false)
    {
        try
        {
            // ReadWrite sharing: Excel keeps the files it has open locked for writing, and users read them while open.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096, asynchronous);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ContentKitException(
                Path.IsPathFullyQualified(path)
                    ? Localized.Format(Messages.Data_FileMissing, path)
                    : Localized.Format(Messages.Data_FileMissingLookedFor, path, Path.GetFullPath(path)),
                new ErrorLocation(path),
                ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ContentKitException(
                Localized.Format(Messages.Data_FileUnreadable, path, ex.Message),
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

    private static ContentKitException NotData(string fileName) => new(
        Localized.Format(Messages.Data_NotData, Path.GetFileName(fileName)),
        new ErrorLocation(fileName));

    private static ContentKitException TooLarge(string fileName, long maxBytes) => new(
        maxBytes >= Megabyte
            ? Localized.Format(Messages.Data_TooLargeMegabytes, Path.GetFileName(fileName), maxBytes / (double)Megabyte)
            : Localized.Format(Messages.Data_TooLargeBytes, Path.GetFileName(fileName), maxBytes),
        new ErrorLocation(fileName));
}
