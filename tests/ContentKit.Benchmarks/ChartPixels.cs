using ContentKit.Data;
using ContentKit.Output;
using ContentKit.Templates;
using SkiaSharp;

namespace ContentKit.Benchmarks;

/// <summary>The pixels of the statistik feed chart, rendered through <see cref="Renderer"/> the way <see cref="PosterPixels"/> renders posters.</summary>
internal static class ChartPixels
{
    private static readonly Lazy<SKBitmap> Bitmap = new(Render);

    public static SKPixmap Get() => Bitmap.Value.PeekPixels();

    /// <summary>The pixels of any of the three designs.</summary>
    public static SKPixmap Of(EncoderPoster poster) => poster switch
    {
        EncoderPoster.TextOnly => PosterPixels.Of(SampleRow.TextOnly),
        EncoderPoster.Photo => PosterPixels.Of(SampleRow.Photo),
        _ => Get(),
    };

    private static SKBitmap Render()
    {
        var library = new TemplateLibrary(RepoPaths.Templates);
        var template = library.Load("statistik");
        var sheet = DataReader.Read(Path.Combine(RepoPaths.Samples, "statistik-penduduk.csv"));
        using var renderer = new Renderer(library, template, new RenderOptions { DataFolder = RepoPaths.Samples });
        var feed = template.Format("feed");
        var rows = sheet.Rows.Select(r => renderer.Bind(r, Path.GetFileName(sheet.SourcePath))).ToList();
        using var png = new MemoryStream();
        renderer.Render(template.Plan(rows, feed).First(), feed, OutputType.Png, png);
        var info = new SKImageInfo(feed.Width, feed.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        return SKBitmap.Decode(png.ToArray(), info) ?? throw new InvalidOperationException("Skia could not decode the chart ContentKit rendered.");
    }
}
