using System.Collections.Concurrent;
using ContentKit.Layout;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using SkiaSharp;
using Size = System.Drawing.Size;

namespace ContentKit.Drawing;

/// <summary>
/// Loads images once per batch through ImageSharp (limits checked before decoding, EXIF orientation
/// applied) and hands them to Skia. Thread-safe; a failed load is remembered and fails every row that uses it.
/// </summary>
internal sealed class ImageStore(AssetResolver resolver, ImageLimits limits) : IImageSizes, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<SKImage>> _images = new(StringComparer.Ordinal);

    public Size SizeOf(string source)
    {
        var image = Get(source);
        return new Size(image.Width, image.Height);
    }

    public SKImage Get(string source) =>
        _images.GetOrAdd(source, s => new Lazy<SKImage>(() => Load(resolver.Resolve(s)), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private SKImage Load(string path)
    {
        var location = new ErrorLocation(File: path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw ContentKitException.WithFix(Messages.Image_Missing, Messages.Image_Missing_Fix, location);
        }

        if (file.Length > limits.MaxFileBytes)
        {
            throw ContentKitException.WithFix(
                Localized.Format(Messages.Image_TooLarge, file.Length / 1048576.0, limits.MaxFileBytes / 1048576), Messages.Image_TooLarge_Fix, location);
        }

        var bytes = File.ReadAllBytes(path);
        try
        {
            var info = SixLabors.ImageSharp.Image.Identify(bytes);
            if (IsCutOffJpeg(bytes))
            {
                throw ContentKitException.WithFix(Messages.Image_CutOff, Messages.Image_SaveAgain_Fix, location);
            }

            if (info.Width > limits.MaxSide || info.Height > limits.MaxSide || (long)info.Width * info.Height > limits.MaxPixels)
            {
                throw ContentKitException.WithFix(
                    Localized.Format(Messages.Image_TooManyPixels, info.Width, info.Height, limits.MaxPixels / 1_000_000, limits.MaxSide), Messages.Image_SmallerCopy_Fix, location);
            }

            // TargetSize also enlarges small images, so it is only set for photos larger than the decode size.
            // Strict: a photo whose data is cut off fails its row instead of becoming a grey box.
            var options = Math.Max(info.Width, info.Height) > limits.DecodeSide
                ? new DecoderOptions { MaxFrames = 1, SegmentIntegrityHandling = SegmentIntegrityHandling.Strict, TargetSize = new SixLabors.ImageSharp.Size(limits.DecodeSide, limits.DecodeSide) }
                : new DecoderOptions { MaxFrames = 1, SegmentIntegrityHandling = SegmentIntegrityHandling.Strict };
            using var image = SixLabors.ImageSharp.Image.Load<Rgba32>(options, bytes);
            image.Mutate(x => x.AutoOrient());
            return ToSkia(image);
        }
        catch (UnknownImageFormatException e)
        {
            var heif = IsHeif(bytes) || Path.GetExtension(path).ToLowerInvariant() is ".heic" or ".heif";
            throw heif
                ? ContentKitException.WithFix(Messages.Image_Heic, Messages.Image_Heic_Fix, location, e)
                : ContentKitException.WithFix(Messages.Image_Unsupported, Messages.Image_Unsupported_Fix, location, e);
        }
        catch (Exception e) when (e is not (ContentKitException or OutOfMemoryException or OperationCanceledException))
        {
            // Decoders report damaged files with many exception types (format, argument, not-supported…).
            throw ContentKitException.WithFix(Localized.Format(Messages.Image_Damaged, e.Message), Messages.Image_SaveAgain_Fix, location, e);
        }
    }

    /// <summary>
    /// A JPEG whose last scan never reaches the end-of-image marker was cut off (an interrupted copy or upload);
    /// decoders fill the rest with grey instead of failing.
    /// </summary>
    private static bool IsCutOffJpeg(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        {
            return false;
        }

        var scan = bytes.AsSpan().LastIndexOf((ReadOnlySpan<byte>)[0xFF, 0xDA]);
        return scan >= 0 && bytes.AsSpan(scan).IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) < 0;
    }

    /// <summary>Phones save HEIC photos, often renamed to .jpg on the way: recognise them by their bytes (an ISO-BMFF 'ftyp' box with a HEIF brand).</summary>
    private static bool IsHeif(byte[] bytes) =>
        bytes.Length >= 12 && bytes.AsSpan(4, 4).SequenceEqual("ftyp"u8)
        && System.Text.Encoding.ASCII.GetString(bytes, 8, 4) is "heic" or "heix" or "hevc" or "heim" or "heis" or "mif1" or "msf1" or "avif";

    private static SKImage ToSkia(Image<Rgba32> image)
    {
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var pixels = new byte[info.BytesSize];
        image.CopyPixelDataTo(pixels);
        using var data = SKData.CreateCopy(pixels);
        return SKImage.FromPixels(info, data, info.RowBytes)
            ?? throw new ContentKitException(Messages.Image_NotPrepared);
    }

    public void Dispose()
    {
        foreach (var image in _images.Values.Where(l => l.IsValueCreated))
        {
            image.Value.Dispose();
        }
    }
}
