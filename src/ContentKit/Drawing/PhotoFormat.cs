namespace ContentKit.Drawing;

/// <summary>
/// Formats people send that no bundled codec reads, recognised by their bytes (phones rename HEIC photos to .jpg on
/// the way), so the message says how to convert them instead of calling them damaged.
/// </summary>
internal static class PhotoFormat
{
    /// <summary>The error for a HEIC/HEIF/AVIF or TIFF file, or null for anything else.</summary>
    public static ContentKitException? Refusal(ReadOnlySpan<byte> bytes, ErrorLocation location) =>
        IsHeif(bytes) ? Heic(location) : IsTiff(bytes) ? Tiff(location) : null;

    /// <summary>The error for a file no codec opens, named after its extension when its bytes said nothing.</summary>
    public static ContentKitException Unreadable(string path, ErrorLocation location) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".heic" or ".heif" => Heic(location),
        ".tif" or ".tiff" => Tiff(location),
        _ => ContentKitException.WithFix(Messages.Image_Unsupported, Messages.Image_Unsupported_Fix, location),
    };

    private static ContentKitException Heic(ErrorLocation location) => ContentKitException.WithFix(Messages.Image_Heic, Messages.Image_Heic_Fix, location);

    private static ContentKitException Tiff(ErrorLocation location) => ContentKitException.WithFix(Messages.Image_Tiff, Messages.Image_Tiff_Fix, location);

    /// <summary>An ISO-BMFF 'ftyp' box with a HEIF brand.</summary>
    private static bool IsHeif(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 12 && bytes.Slice(4, 4).SequenceEqual("ftyp"u8)
        && System.Text.Encoding.ASCII.GetString(bytes.Slice(8, 4)) is "heic" or "heix" or "hevc" or "heim" or "heis" or "mif1" or "msf1" or "avif";

    /// <summary>The TIFF byte-order mark and 42, little-endian (<c>II*\0</c>) or big-endian (<c>MM\0*</c>).</summary>
    private static bool IsTiff(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && (bytes[..4].SequenceEqual("II*\0"u8) || bytes[..4].SequenceEqual("MM\0*"u8));
}
