using System.Drawing;
using ContentKit.Drawing.Qr;
using ContentKit.Layout.Elements;
using ZXing;
using ZXing.Common;

namespace ContentKit.Checks;

/// <summary>
/// Every QR code read back from the painted pixels, as a phone would: it must decode to exactly its data, and its
/// modules must be at least <see cref="MinModule"/> px, the size a phone still scans from another screen.
/// </summary>
internal static class QrCheck
{
    public const int MinModule = 4;

    /// <summary>The smallest printed code, in millimetres a side: 2 cm, the size phone cameras read from a notice board.</summary>
    public const int MinPrintMillimetres = 20;

    public static IEnumerable<Finding> Run(IReadOnlyList<CheckedBox> boxes, PaintedPixels pixels, CheckContext context)
    {
        foreach (var entry in boxes.Where(b => b.Box.Element is QrElement))
        {
            var qr = (QrElement)entry.Box.Element;
            var bounds = entry.Box.Bounds;
            var read = Decode(pixels, Rectangle.FromLTRB((int)bounds.Left, (int)bounds.Top, (int)MathF.Ceiling(bounds.Right), (int)MathF.Ceiling(bounds.Bottom)));
            var module = ModulePixels(qr, bounds.Width - qr.Box.Padding.Horizontal, bounds.Height - qr.Box.Padding.Vertical);
            var width = (int)MathF.Ceiling(QrModulesWide(qr) * MinModule);
            var fix = Localized.Format(Messages.Check_FixQr, entry.Name, width);
            if (read != qr.Data)
            {
                var message = read is null
                    ? Localized.Format(Messages.Check_QrUnreadable, context.Format.Name, entry.Name)
                    : Localized.Format(Messages.Check_QrWrong, context.Format.Name, entry.Name, Excerpt.Of(read, 60));
                yield return context.Found(FindingKind.Qr, FindingSeverity.Error, entry, message, fix);
            }
            else if (module < MinModule)
            {
                yield return context.Found(
                    FindingKind.Qr,
                    FindingSeverity.Error,
                    entry,
                    Localized.Format(Messages.Check_QrSmall, context.Format.Name, entry.Name, MathF.Round(module, 1), MinModule),
                    fix);
            }
            else if (context.Format.Dpi is { } dpi && bounds.Width * 25.4f / dpi < MinPrintMillimetres)
            {
                // On paper the code is read from arm's length: the side, quiet zone included, in millimetres counts, not pixels.
                var needed = (int)MathF.Ceiling(MinPrintMillimetres * dpi / 25.4f);
                yield return context.Found(
                    FindingKind.Qr,
                    FindingSeverity.Error,
                    entry,
                    Localized.Format(Messages.Check_QrSmallPrint, context.Format.Name, entry.Name, MathF.Round(bounds.Width * 25.4f / dpi, 1), MinPrintMillimetres),
                    Localized.Format(Messages.Check_FixQrPrint, entry.Name, needed, MinPrintMillimetres));
            }
        }
    }

    /// <summary>What ZXing reads in <paramref name="area"/> of the image, or null. No "try harder": a clean code reads at once.</summary>
    internal static string? Decode(PaintedPixels pixels, Rectangle area)
    {
        var crop = pixels.Crop(area);
        if (crop.Width < 21 || crop.Height < 21)
        {
            return null;
        }

        var reader = new BarcodeReaderGeneric { AutoRotate = false, Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE] } };
        return reader.Decode(new RGBLuminanceSource(crop.Rgba, crop.Width, crop.Height, RGBLuminanceSource.BitmapFormat.RGBA32))?.Text;
    }

    /// <summary>Modules across the code with its quiet zone; 0 when the data cannot be a code (painting reports that).</summary>
    private static int QrModulesWide(QrElement qr)
    {
        try
        {
            return QrEncoder.Encode(qr.Data, withLogo: !string.IsNullOrWhiteSpace(qr.Logo)).SizeWithQuietZone;
        }
        catch (ContentKitException)
        {
            return 0;
        }
    }

    /// <summary>The module size painting uses (see <c>QrGrid.Fit</c>): whole pixels in the largest square of the box.</summary>
    private static float ModulePixels(QrElement qr, float width, float height)
    {
        var modules = QrModulesWide(qr);
        var side = MathF.Floor(Math.Min(width, height));
        return modules == 0 ? 0 : side >= modules ? MathF.Floor(side / modules) : side / modules;
    }
}
