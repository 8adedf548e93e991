using ContentKit.Drawing;
using ContentKit.Layout;
using ContentKit.Layout.Elements;
using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace ContentKit.Tests.Qr;

/// <summary>RGBA pixels holding a QR code, and what ZXing reads from them: the test that a phone could scan it.</summary>
internal sealed record QrImage(byte[] Pixels, int Width, int Height)
{
    public const string Url = "https://blitarkota.go.id/layanan/ktp-keliling";

    public static string BrandFolder => Path.Combine(TestPaths.Templates, "brands", "kota-blitar");

    public static Rgba Colour(string hex) => Rgba.TryParse(hex, out var colour) ? colour : throw new ArgumentException(hex, nameof(hex));

    /// <summary>Paints <paramref name="qr"/> into <paramref name="box"/> on a transparent surface, so only what the painter drew is opaque.</summary>
    public static QrImage Paint(QrElement qr, int width, int height, SKRect box)
    {
        using var images = new ImageStore(new AssetResolver(TestPaths.NewTempFolder()).WithRoot("brand", BrandFolder), ImageLimits.Default);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.Transparent);
        QrPainter.Paint(surface.Canvas, qr, box, images);
        using var pixels = surface.PeekPixels();
        return new QrImage(pixels.GetPixelSpan().ToArray(), width, height);
    }

    public static QrImage Paint(QrElement qr, int size) => Paint(qr, size, size, SKRect.Create(size, size));

    public static QrImage FromPng(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png).Copy(SKColorType.Rgba8888);
        return new QrImage(bitmap.Bytes, bitmap.Width, bitmap.Height);
    }

    public SKColor At(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return new SKColor(Pixels[i], Pixels[i + 1], Pixels[i + 2], Pixels[i + 3]);
    }

    /// <summary>The decoded code, or null. No "try harder": a clean render should read at the first attempt.</summary>
    public Result? Decode()
    {
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = false,
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE] },
        };
        return reader.Decode(new RGBLuminanceSource(Pixels, Width, Height, RGBLuminanceSource.BitmapFormat.RGBA32));
    }

    public string? Text() => Decode()?.Text;

    /// <summary>The error correction level ZXing read from the code's format information (L, M, Q or H).</summary>
    public string? ErrorCorrection() => Decode()?.ResultMetadata[ResultMetadataType.ERROR_CORRECTION_LEVEL]?.ToString();
}
