using SkiaSharp;

namespace ContentKit.Drawing.Qr;

/// <summary>
/// Where modules fall: every module is the same whole number of pixels, and the code is centred in the
/// largest whole-pixel square that fits the box; what is left over widens the quiet zone. Uniform modules
/// matter more than filling the box exactly: ZXing misreads a version-40 code whose modules alternate
/// between 4 and 5 pixels, or are 4.3 pixels anti-aliased, and reads it at a steady 4. Coordinates are
/// canvas units, which the renderer draws one to a pixel.
/// </summary>
internal readonly record struct QrGrid(SKRect Bounds, float Left, float Top, float Module)
{
    public static QrGrid Fit(SKRect box, int modules)
    {
        var side = MathF.Floor(Math.Min(box.Width, box.Height));
        var (left, top) = (MathF.Round(box.MidX - (side / 2)), MathF.Round(box.MidY - (side / 2)));

        // Under a pixel a module cannot be whole; such a code will not scan either way, so it just fills the box.
        var module = side >= modules ? MathF.Floor(side / modules) : side / modules;
        var inset = MathF.Floor((side - (module * modules)) / 2);
        return new QrGrid(new SKRect(left, top, left + side, top + side), left + inset, top + inset, module);
    }

    /// <summary>The rectangle of <paramref name="columns"/> × <paramref name="rows"/> modules from (<paramref name="column"/>, <paramref name="row"/>), counted from the quiet zone's outer corner.</summary>
    public SKRect Cells(int column, int row, int columns, int rows) =>
        SKRect.Create(Left + (column * Module), Top + (row * Module), columns * Module, rows * Module);
}
