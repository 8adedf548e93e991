namespace ContentKit.Drawing;

/// <summary>
/// Bounds on images read from users' files, so a hostile or huge photo fails its own row quickly
/// instead of exhausting memory. Dimensions are checked from the header before any pixel is decoded.
/// </summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record ImageLimits
{
    /// <summary>The defaults: 40 MB files, 80 megapixels, 16,384 pixels a side, 192 MiB of decoded photos.</summary>
    public static ImageLimits Default { get; } = new();

    /// <summary>Largest accepted file, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 40L * 1024 * 1024;

    /// <summary>Largest accepted width × height, as the header states it.</summary>
    public long MaxPixels { get; init; } = 80_000_000;

    /// <summary>Largest accepted width or height.</summary>
    public int MaxSide { get; init; } = 16_384;

    /// <summary>Photos are decoded no larger than this on the long side; bigger ones are scaled down while decoding.</summary>
    public int DecodeSide { get; init; } = 2_400;

    /// <summary>
    /// Decoded photos kept for reuse, in bytes of pixels (4 a pixel): 192 MiB holds about 11 photos at
    /// <see cref="DecodeSide"/>, and the least recently used goes first. A photo being drawn stays even past the budget.
    /// </summary>
    public long CacheBytes { get; init; } = 192L * 1024 * 1024;
}
