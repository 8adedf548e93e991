namespace ContentKit.Checks;

/// <summary>
/// The painted output as opaque RGBA bytes, row by row: what the checks read instead of Skia types. The renderer
/// clears to white before painting, so every pixel is opaque and premultiplied equals straight colour.
/// </summary>
internal sealed class PaintedPixels(byte[] rgba, int width, int height)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public byte[] Rgba { get; } = rgba.Length == width * height * 4 ? rgba : throw new ArgumentException("RGBA bytes do not match the size.", nameof(rgba));

    public Rgba At(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return new Rgba(Rgba[i], Rgba[i + 1], Rgba[i + 2]);
    }

    /// <summary>The pixels of <paramref name="area"/> (clamped to the image) as their own RGBA image.</summary>
    public PaintedPixels Crop(System.Drawing.Rectangle area)
    {
        area.Intersect(new System.Drawing.Rectangle(0, 0, Width, Height));
        var bytes = new byte[area.Width * area.Height * 4];
        for (var y = 0; y < area.Height; y++)
        {
            Array.Copy(Rgba, (((area.Top + y) * Width) + area.Left) * 4, bytes, y * area.Width * 4, area.Width * 4);
        }

        return new PaintedPixels(bytes, area.Width, area.Height);
    }
}
