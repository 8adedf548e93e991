using ContentKit.Drawing.Qr;
using ContentKit.Layout.Elements;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>
/// Draws a QR code as vector modules: the background with a 4-module quiet zone, the dark modules as one
/// path of horizontal runs, each module a whole number of pixels, and an optional logo in a cleared centre square.
/// </summary>
internal static class QrPainter
{
    /// <summary>
    /// Widest share of the code (quiet zone excluded) the logo's cleared square may take. At level H a code
    /// survives 30% damaged codewords; a 20% square hides at most 4% of the modules, leaving room for wear and glare.
    /// </summary>
    private const float LogoShare = 0.2f;

    private static readonly SKSamplingOptions Sampling = new(SKCubicResampler.Mitchell);

    public static void Paint(SKCanvas canvas, QrElement qr, SKRect box, ImageStore images)
    {
        var logo = string.IsNullOrWhiteSpace(qr.Logo) ? null : qr.Logo;
        var modules = QrEncoder.Encode(qr.Data, withLogo: logo is not null);
        var grid = QrGrid.Fit(box, modules.SizeWithQuietZone);
        if (grid.Bounds.IsEmpty)
        {
            return;
        }

        var hole = logo is null ? Hole.None : Hole.For(modules.Size);
        var matrix = canvas.TotalMatrix;

        // Modules on whole pixels need no anti-aliasing, which would only soften their edges; a rotated code does need it.
        using var paint = new SKPaint { IsAntialias = matrix.SkewX != 0 || matrix.SkewY != 0, Color = qr.Background.ToSkia() };
        canvas.DrawRect(grid.Bounds, paint);
        using var path = Modules(modules, grid, hole);
        paint.Color = qr.Color.ToSkia();
        canvas.DrawPath(path, paint);

        if (logo is not null)
        {
            const int margin = 1;
            var inner = hole.Size - (2 * margin);
            var corner = QrModules.QuietZone + hole.Start + margin;
            using var lease = images.Get(logo);
            PaintLogo(canvas, lease.Image, grid.Cells(corner, corner, inner, inner));
        }
    }

    /// <summary>One path of every dark module outside the hole, each run of neighbours in a row one rectangle.</summary>
    private static SKPath Modules(QrModules modules, QrGrid grid, Hole hole)
    {
        using var path = new SKPathBuilder();
        const int q = QrModules.QuietZone;
        for (var y = 0; y < modules.Size; y++)
        {
            var x = 0;
            while (x < modules.Size)
            {
                if (!modules.IsDark(x, y) || hole.Contains(x, y))
                {
                    x++;
                    continue;
                }

                var start = x;
                while (x < modules.Size && modules.IsDark(x, y) && !hole.Contains(x, y))
                {
                    x++;
                }

                path.AddRect(grid.Cells(q + start, q + y, x - start, 1), SKPathDirection.Clockwise);
            }
        }

        return path.Detach();
    }

    private static void PaintLogo(SKCanvas canvas, SKImage image, SKRect area)
    {
        var scale = Math.Min(area.Width / image.Width, area.Height / image.Height);
        var (width, height) = (image.Width * scale, image.Height * scale);
        var target = SKRect.Create(area.MidX - (width / 2), area.MidY - (height / 2), width, height);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, SKRect.Create(image.Width, image.Height), target, Sampling, paint);
    }

    /// <summary>The centred square of modules left light for a logo: <see cref="Size"/> modules from <see cref="Start"/> on both axes.</summary>
    private readonly record struct Hole(int Start, int Size)
    {
        public static Hole None { get; } = new(0, 0);

        /// <summary>The widest square within <see cref="LogoShare"/> that sits exactly in the middle: codes have an odd size, so the square does too.</summary>
        public static Hole For(int codeSize)
        {
            var size = (int)(codeSize * LogoShare);
            size -= (size % 2) == 0 ? 1 : 0;
            size = Math.Max(size, 3);
            return new Hole((codeSize - size) / 2, size);
        }

        public bool Contains(int x, int y) => x >= Start && x < Start + Size && y >= Start && y < Start + Size;
    }
}
