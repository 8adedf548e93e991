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
    // Data too long for a code is cached as null, not as the exception: its message is in the language of the run that asks.
    private static readonly ConcurrentDictionary<(string Data, ECCLevel Level), Lazy<QrModules?>> Cache = new();

    public static QrModules Encode(string data, bool withLogo)
    {
        if (string.IsNullOrWhiteSpace(data))
        {
            throw new ContentKitException(Messages.Qr_NoData);
        }

        if (data.Length > MaxCharacters)
        {
            throw TooLong(data, withLogo);
        }

        if (Cache.Count >= CacheCapacity)
        {
            Cache.Clear();
        }

        var key = (data, withLogo ? ECCLevel.H : ECCLevel.M);
        return Cache.GetOrAdd(key, k => new Lazy<QrModules?>(() => Generate(k.Data, k.Level), LazyThreadSafetyMode.ExecutionAndPublication)).Value
            ?? throw TooLong(data, withLogo);
    }

    /// <summary>The code's modules, or null when the data does not fit the largest code.</summary>
    private static QrModules? Generate(string data, ECCLevel level)
    {
        try
        {
            using var code = GenerateQrCode(data, level);
            return QrModules.FromMatrix(code.ModuleMatrix, code.Version);
        }
        catch (DataTooLongException)
        {
            return null;
        }
    }

    private static ContentKitException TooLong(string data, bool withLogo)
    {
        var limit = withLogo
            ? Localized.Format(Messages.Qr_LimitWithLogo, MaxBytesWithLogo, MaxBytesPlain)
            : Localized.Format(Messages.Qr_Limit, MaxBytesPlain);
        return new ContentKitException(Localized.Format(Messages.Qr_TooLong, data.Length, limit));
    }
}
