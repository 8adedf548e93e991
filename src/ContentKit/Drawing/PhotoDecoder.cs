using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>
/// Decodes a photo's bytes with Skia's codecs (libjpeg-turbo, libpng, libwebp, GIF, BMP): the header is read and the
/// limits checked before any pixel is allocated, a JPEG is scaled inside the decoder, other formats are scaled after
/// decoding, the EXIF orientation is applied, and a photo whose data stops early fails instead of drawing grey.
/// </summary>
internal static class PhotoDecoder
{
    /// <summary>The photo as it is meant to be seen, no larger than <see cref="ImageLimits.DecodeSide"/> on its long side.</summary>
    public static SKImage Decode(SKData data, string path, ImageLimits limits)
    {
        var location = new ErrorLocation(File: path);
        if (PhotoFormat.Refusal(data.Span, location) is { } refusal)
        {
            throw refusal;
        }

        using var codec = SKCodec.Create(new SKMemoryStream(data), out var opened);
        if (codec is null)
        {
            throw opened == SKCodecResult.IncompleteInput
                ? ContentKitException.WithFix(Messages.Image_CutOff, Messages.Image_SaveAgain_Fix, location)
                : PhotoFormat.Unreadable(path, location);
        }

        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || info.Width > limits.MaxSide || info.Height > limits.MaxSide || (long)info.Width * info.Height > limits.MaxPixels)
        {
            throw ContentKitException.WithFix(
                Localized.Format(Messages.Image_TooManyPixels, info.Width, info.Height, limits.MaxPixels / 1_000_000, limits.MaxSide), Messages.Image_SmallerCopy_Fix, location);
        }

        var decoded = DecodePixels(codec, DecodedSize(codec, limits.DecodeSide), location);
        var origin = codec.EncodedOrigin;
        if (origin == SKEncodedOrigin.TopLeft && Math.Max(decoded.Width, decoded.Height) <= limits.DecodeSide)
        {
            return decoded;
        }

        using (decoded)
        {
            return Upright(decoded, origin, limits.DecodeSide);
        }
    }

    /// <summary>The size a photo's header says it is drawn at (EXIF orientation applied), or null if no codec reads it.</summary>
    public static SKSizeI? DrawnSize(string file)
    {
        using var codec = SKCodec.Create(file);
        return codec is null ? null : PhotoOrientation.Drawn(codec.EncodedOrigin, codec.Info.Width, codec.Info.Height);
    }

    /// <summary>
    /// libjpeg-turbo decodes a JPEG at any eighth of its size for a fraction of the work: the largest eighth that fits.
    /// Other codecs decode at full size, scaled afterwards by <see cref="Upright"/>.
    /// </summary>
    private static SKSizeI DecodedSize(SKCodec codec, int decodeSide)
    {
        var size = codec.Info.Size;
        if (Math.Max(size.Width, size.Height) <= decodeSide || codec.EncodedFormat != SKEncodedImageFormat.Jpeg)
        {
            return size;
        }

        for (var eighths = 7; eighths > 1; eighths--)
        {
            var scaled = codec.GetScaledDimensions(eighths / 8f);
            if (Math.Max(scaled.Width, scaled.Height) <= decodeSide)
            {
                return scaled;
            }
        }

        return codec.GetScaledDimensions(1 / 8f);
    }

    private static SKImage DecodePixels(SKCodec codec, SKSizeI size, ErrorLocation location)
    {
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var target = new SKImageInfo(size.Width, size.Height, SKImageInfo.PlatformColorType, alpha, SKColorSpace.CreateSrgb());
        using var bitmap = new SKBitmap();
        if (!bitmap.TryAllocPixels(target))
        {
            throw new ContentKitException(Messages.Image_NotPrepared, location);
        }

        var result = codec.GetPixels(target, bitmap.GetPixels(), bitmap.RowBytes, SKCodecOptions.Default);
        switch (result)
        {
            case SKCodecResult.Success:
                break;
            case SKCodecResult.IncompleteInput:
                throw ContentKitException.WithFix(Messages.Image_CutOff, Messages.Image_SaveAgain_Fix, location);
            default:
                throw ContentKitException.WithFix(Localized.Format(Messages.Image_Damaged, result), Messages.Image_SaveAgain_Fix, location);
        }

        // Immutable pixels are shared with the image, not copied.
        bitmap.SetImmutable();
        return SKImage.FromBitmap(bitmap) ?? throw new ContentKitException(Messages.Image_NotPrepared, location);
    }

    /// <summary>Turns the decoded pixels upright and scales them to fit <paramref name="decodeSide"/>, in one pass.</summary>
    private static SKImage Upright(SKImage decoded, SKEncodedOrigin origin, int decodeSide)
    {
        var drawn = PhotoOrientation.Drawn(origin, decoded.Width, decoded.Height);
        var scale = Math.Min(1f, decodeSide / (float)Math.Max(drawn.Width, drawn.Height));
        var width = Math.Max(1, (int)MathF.Round(drawn.Width * scale));
        var height = Math.Max(1, (int)MathF.Round(drawn.Height * scale));
        var info = new SKImageInfo(width, height, decoded.ColorType, decoded.AlphaType, decoded.ColorSpace);
        using var surface = SKSurface.Create(info) ?? throw new ContentKitException(Messages.Image_NotPrepared);
        var canvas = surface.Canvas;
        canvas.SetMatrix(SKMatrix.CreateScale(width / (float)drawn.Width, height / (float)drawn.Height).PreConcat(PhotoOrientation.ToDrawn(origin, decoded.Width, decoded.Height)));
        canvas.DrawImage(decoded, 0, 0, Sampling(scale));
        return surface.Snapshot();
    }

    /// <summary>
    /// Turning alone moves whole pixels; a mild reduction keeps its detail with a cubic filter; a large one
    /// averages through mipmaps, where a cubic filter would skip pixels and shimmer.
    /// </summary>
    private static SKSamplingOptions Sampling(float scale) => scale switch
    {
        >= 1 => new SKSamplingOptions(SKFilterMode.Nearest),
        >= 0.5f => new SKSamplingOptions(SKCubicResampler.Mitchell),
        _ => new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear),
    };
}
