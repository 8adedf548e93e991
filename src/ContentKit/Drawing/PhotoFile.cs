using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>
/// Reads a photo's bytes, only from a regular file and never more than the limit, however big the file claims to be
/// (a link to <c>/dev/zero</c> would otherwise be read until memory runs out).
/// </summary>
internal static class PhotoFile
{
    /// <summary>
    /// The whole file, at most <see cref="ImageLimits.MaxFileBytes"/> bytes, in native memory that is freed with the
    /// data (a managed array per photo would pile up in the large-object heap until a full collection).
    /// </summary>
    public static SKData Read(string path, ImageLimits limits)
    {
        var location = new ErrorLocation(File: path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            var problem = Directory.Exists(path) ? Messages.Image_NotAFile : Messages.Image_Missing;
            throw ContentKitException.WithFix(problem, Messages.Image_Missing_Fix, location);
        }

        // .NET does not tell a pipe, device or socket from a file, but they all report no length; opening a pipe
        // would wait for a writer forever, so nothing of length 0 is opened (an empty file is no photo either).
        if (file.Length == 0)
        {
            throw ContentKitException.WithFix(Messages.Image_NotAFile, Messages.Image_Missing_Fix, location);
        }

        if (file.Length > limits.MaxFileBytes)
        {
            throw TooLarge(file.Length, limits, location);
        }

        // Never more than the length checked above, even if the file grows while it is read; null if it shrank.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return SKData.Create(stream, file.Length)
            ?? throw ContentKitException.WithFix(Messages.Image_CutOff, Messages.Image_SaveAgain_Fix, location);
    }

    /// <summary>Reads and decodes the image at <paramref name="path"/> and lets it go: a logo checked when it is named, before any row.</summary>
    public static void CheckDecodes(string path, ImageLimits limits)
    {
        using var data = Read(path, limits);
        using var image = PhotoDecoder.Decode(data, path, limits);
    }

    private static ContentKitException TooLarge(long length, ImageLimits limits, ErrorLocation location) =>
        ContentKitException.WithFix(
            Localized.Format(Messages.Image_TooLarge, length / 1048576.0, limits.MaxFileBytes / 1048576), Messages.Image_TooLarge_Fix, location);
}
