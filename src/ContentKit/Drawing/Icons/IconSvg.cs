using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ContentKit.Layout;
using SkiaSharp;
using Svg.Skia;

namespace ContentKit.Drawing.Icons;

/// <summary>Reads an outline icon's SVG, recolours it and sets its line width, and turns it into a picture the library owns.</summary>
internal static class IconSvg
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>
    /// The SVG text with every <c>currentColor</c> replaced by <paramref name="color"/> (as <c>#RRGGBB</c>; alpha is the painter's)
    /// and, when given, the root <c>stroke-width</c> replaced: Lucide sets both once on the root and children inherit them.
    /// </summary>
    public static string Prepare(string path, Rgba color, float? strokeWidth)
    {
        XDocument document;
        using (var reader = XmlReader.Create(path, Settings))
        {
            document = XDocument.Load(reader);
        }

        var hex = $"#{color.R:X2}{color.G:X2}{color.B:X2}";
        foreach (var attribute in document.Descendants().Attributes())
        {
            if (attribute.Value.Contains("currentColor", StringComparison.Ordinal))
            {
                attribute.Value = attribute.Value.Replace("currentColor", hex, StringComparison.Ordinal);
            }
        }

        if (strokeWidth is { } width)
        {
            document.Root!.SetAttributeValue("stroke-width", width.ToString(CultureInfo.InvariantCulture));
        }

        return document.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// Parses the SVG and records its drawing into a new picture. <see cref="SKSvg"/> disposes its own picture with itself,
    /// so the recording is what the cache keeps; the SVG model is dropped.
    /// </summary>
    public static SKPicture ToPicture(string svgText)
    {
        using var svg = new SKSvg();
        svg.FromSvg(svgText);
        var source = svg.Picture ?? throw new InvalidDataException(Messages.Icon_NothingToDraw);
        var bounds = source.CullRect;
        if (bounds.Width <= 0 || bounds.Height <= 0)
        {
            throw new InvalidDataException(Localized.Format(Messages.Icon_EmptyDrawing, bounds.Width, bounds.Height));
        }

        using var recorder = new SKPictureRecorder();
        recorder.BeginRecording(bounds).DrawPicture(source);
        return recorder.EndRecording();
    }
}
