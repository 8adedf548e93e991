namespace ContentKit.Templates;

/// <summary>A named output size, e.g. <c>feed</c> 1080×1350.</summary>
/// <param name="Name">The name used on the command line and in file names.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record OutputFormat(string Name, int Width, int Height)
{
    /// <summary>Width divided by height.</summary>
    public double AspectRatio => Width / (double)Height;

    /// <summary>The bands the platform's own interface covers (a story's top bar and reply field); null when none.</summary>
    public UnsafeBands? Unsafe { get; init; }

    /// <summary>
    /// For a paper size, the resolution its pixels are given at (<c>"dpi": 300</c>: A4 is 2480×3508); null for a screen
    /// size. Layouts, the design check and PNGs work in these pixels; a PDF page is <see cref="Width"/> × 72 / dpi points.
    /// </summary>
    public int? Dpi { get; init; }

    /// <summary>True for a paper size (a format with a <see cref="Dpi"/>).</summary>
    public bool IsPrint => Dpi is > 0;

    /// <summary>
    /// Points (1/72 inch) per pixel on a PDF page: from the format's resolution, else 96 pixels to the inch, as a browser
    /// prints a screen size (a 1080-pixel feed image is a 28.6 cm page).
    /// </summary>
    public float PointsPerPixel => 72f / (Dpi ?? 96);
}
