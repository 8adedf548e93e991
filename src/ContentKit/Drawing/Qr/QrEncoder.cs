using System.Collections.Concurrent;
using QRCoder;
using QRCoder.Exceptions;
using static QRCoder.QRCodeGenerator;

namespace ContentKit.Drawing.Qr;

/// <summary>
/// Encodes text as QR modules: error correction M (15% recoverable) for a plain code, H (30%) when a
/// logo covers the centre. Thread-safe.
/// </summary>
internal static class QrEncoder
{
    /// <summary>What a version-40 code holds as bytes (ISO/IEC 18004 table 7): text with lower-case letters or punctuation, as web addresses have.</summary>
    public const int MaxBytesPlain = 2331;

    /// <summary>The same at level H, the level a code with a logo uses.</summary>
    public const int MaxBytesWithLogo = 1273;

    /// <summary>The most any code holds (digits only, level L); longer text is refused before QRCoder sees it.</summary>
    private const int MaxCharacters = 7089;

    private const int CacheCapacity = 256;

    // Encoding takes milliseconds (QRCoder scores all eight masks) and the same data is drawn once per
    // format of a row, or on every row when the template fixes it. The result depends on the text alone,
    // so sharing it between batches is safe; the cache is emptied when full to stay small.
    private static readonly ConcurrentDictionary<(string Data, ECCLevel Level), Lazy<QrModules>> Cache = new();

    public static QrModules Encode(string data, bool withLogo)
    {
        if (string.IsNullOrWhiteSpace(data))
        {
            throw new ContentKitException(
                "The <qr> has no data to encode. Give this row a value (a web address or text), or have the template leave the QR code out when the value is empty: {{ if … }}<qr …/>{{ end }}.");
        }

        if (data.Length > MaxCharacters)
        {
            throw TooLong(data, withLogo, null);
        }

        if (Cache.Count >= CacheCapacity)
        {
            Cache.Clear();
        }

        var key = (data, withLogo ? ECCLevel.H : ECCLevel.M);
        return Cache.GetOrAdd(key, k => new Lazy<QrModules>(() => Generate(k.Data, k.Level, withLogo), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private static QrModules Generate(string data, ECCLevel level, bool withLogo)
    {
        try
        {
            using var code = GenerateQrCode(data, level);
            return QrModules.FromMatrix(code.ModuleMatrix, code.Version);
        }
        catch (DataTooLongException e)
        {
            throw TooLong(data, withLogo, e);
        }
    }

    private static ContentKitException TooLong(string data, bool withLogo, Exception? inner)
    {
        var limit = withLogo
            ? $"a QR code with a logo holds at most {MaxBytesWithLogo} bytes (the logo needs the strongest error correction; without a logo the limit is {MaxBytesPlain})"
            : $"a QR code holds at most {MaxBytesPlain} bytes";
        return new ContentKitException(
            $"The <qr> data is {data.Length} characters long, too long for a QR code: {limit}, one for each plain letter, digit or sign "
            + "(accented letters and emoji can take up to four). Put a short web address in the data instead, such as a page that holds the full text.",
            null,
            inner);
    }
}
