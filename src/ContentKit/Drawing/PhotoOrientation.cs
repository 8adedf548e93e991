using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>
/// The EXIF orientation a camera writes instead of turning the pixels: how a photo's stored pixels map onto the
/// picture as it is meant to be seen (EXIF 2.3, tag 0x0112; <see cref="SKEncodedOrigin"/> numbers them the same, 1 to 8).
/// </summary>
internal static class PhotoOrientation
{
    /// <summary>Orientations 5 to 8 turn the photo a quarter: its stored width becomes its drawn height.</summary>
    public static bool IsTurned(SKEncodedOrigin origin) => origin is >= SKEncodedOrigin.LeftTop and <= SKEncodedOrigin.LeftBottom;

    /// <summary>The size of a <paramref name="width"/>×<paramref name="height"/> stored image as it is drawn.</summary>
    public static SKSizeI Drawn(SKEncodedOrigin origin, int width, int height) =>
        IsTurned(origin) ? new SKSizeI(height, width) : new SKSizeI(width, height);

    /// <summary>Maps stored pixel coordinates of a <paramref name="width"/>×<paramref name="height"/> image to drawn ones.</summary>
    public static SKMatrix ToDrawn(SKEncodedOrigin origin, int width, int height) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, height, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, height, -1, 0, width, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, width, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
