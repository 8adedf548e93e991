using ContentKit.Checks;
using ContentKit.Drawing;
using ContentKit.Drawing.Icons;
using ContentKit.Layout;
using ContentKit.Templates;
using ContentKit.Tests.Layout;
using SkiaSharp;

namespace ContentKit.Tests.Checks;

/// <summary>
/// Lays out and paints a small piece of markup as a render does, then runs the design check on it: the tree, the
/// pixels, and the pixels without text. Images are referenced as <c>test:NAME.png</c> from <see cref="Folder"/>.
/// </summary>
public sealed class CheckBench : IDisposable
{
    private readonly BundledFonts _fonts = new();
    private readonly ImageStore _images;
    private readonly IconLibrary _icons = new(Path.Combine(TestPaths.Templates, "icons"));

    public CheckBench()
    {
        _images = new ImageStore(new AssetResolver(Folder).WithRoot("test", Folder), ImageLimits.Default);
    }

    public string Folder { get; } = TestPaths.NewTempFolder();

    /// <summary>A one-colour PNG of <paramref name="width"/> × <paramref name="height"/>, usable as <c>test:NAME</c>.</summary>
    public string Photo(string name, SKColor colour, int width = 200, int height = 200)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(colour);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(Path.Combine(Folder, name), data.ToArray());
        return $"test:{name}";
    }

    /// <summary>The findings for <paramref name="markup"/> on a canvas of the format's size.</summary>
    internal IReadOnlyList<Finding> Check(string markup, OutputFormat? format = null, float? minTextSize = null, IReadOnlyDictionary<string, object?>? row = null)
    {
        format ??= new OutputFormat("feed", 400, 400);
        var root = new LayoutEngine(_fonts.Text, _images).Layout(ContentKit.Layout.Markup.MarkupReader.Read(markup), new System.Drawing.SizeF(format.Width, format.Height));
        var unit = RenderUnit.Of(new BoundRow(2, row ?? new Dictionary<string, object?>(), []));
        var context = new CheckContext(format, minTextSize, unit, line => line + 100);
        return DesignCheck.Run(root, Paint(root, format), Paint(DesignCheck.WithoutText(root), format), context);
    }

    private PaintedPixels Paint(LayoutBox root, OutputFormat format)
    {
        using var surface = SKSurface.Create(new SKImageInfo(format.Width, format.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        new Painter(_images, _icons).Paint(surface.Canvas, root);
        using var pixels = surface.PeekPixels();
        return new PaintedPixels(pixels.GetPixelSpan().ToArray(), format.Width, format.Height);
    }

    public void Dispose()
    {
        _images.Dispose();
        _icons.Dispose();
        _fonts.Dispose();
    }
}
