namespace ContentKit.Templates.Functions;

/// <summary>
/// How wide a QR code of some text must be drawn for its modules to be a given number of pixels, so a layout can
/// size a code to scan from a phone screen (<c>{{ lebar_qr row.tautan 4 }}</c>) before it is encoded.
/// </summary>
internal static class QrSize
{
    /// <summary>Bytes each version holds at error correction M (ISO/IEC 18004 table 7), the level plain codes use.</summary>
    private static readonly int[] BytesAtLevelM =
    [
        14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
        711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331,
    ];

    /// <summary>Modules across the code of <paramref name="text"/> with its 4-module quiet zone on each side.</summary>
    /// <remarks>Counted for byte mode, which web addresses with lower-case letters use; a code in a denser mode is no larger.</remarks>
    public static int Modules(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
        var version = Array.FindIndex(BytesAtLevelM, capacity => capacity >= bytes) + 1;
        return version == 0 ? throw new ContentKitException(Localized.Format(Messages.Qr_TooLongForSize, bytes)) : 17 + (4 * version) + 8;
    }
}
