using ContentKit.Drawing;
using ContentKit.Drawing.Icons;
using ContentKit.Layout;
using ContentKit.Layout.Elements;
using SkiaSharp;

namespace ContentKit.Tests.Video;

/// <summary>A Ken Burns move keeps a cropped photo's focal point still, at the place the crop shows it.</summary>
public sealed class ZoomAnchorTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder();
    private readonly ImageStore _images;
    private readonly Painter _painter;

    public ZoomAnchorTests()
    {
        _images = new ImageStore(new AssetResolver(_folder).WithRoot("test", _folder), ImageLimits.Default);
        _painter = new Painter(_images, new IconLibrary(Path.Combine(TestPaths.Templates, "icons")));
        using var bitmap = new SKBitmap(400, 200);
        bitmap.Erase(SKColors.SeaGreen);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(Path.Combine(_folder, "wide.png"), data.ToArray());
    }

    [Theory]
    [InlineData(0.5f, 0.3f, 0.5f, 0.3f)] // the crop centres the subject across; down, the whole height shows
    [InlineData(0.1f, 0.8f, 0.4f, 0.8f)] // the crop stops at the photo's left edge, so the subject sits left of centre
    [InlineData(0.95f, 0f, 0.8f, 0f)] // and the right edge
    public void A_wide_photo_in_a_tall_box_anchors_where_the_crop_shows_its_focus(float focusX, float focusY, float anchorX, float anchorY)
    {
        var anchor = _painter.ZoomAnchor(Box(new ImageElement { Name = "image", Source = "test:wide.png", Focus = new ImageFocus(focusX, focusY) }));

        Assert.Equal(anchorX, anchor.X, 3);
        Assert.Equal(anchorY, anchor.Y, 3);
    }

    [Fact]
    public void Anything_but_a_cropped_photo_zooms_about_its_centre()
    {
        var contained = _painter.ZoomAnchor(Box(new ImageElement { Name = "image", Source = "test:wide.png", Fit = ImageFit.Contain, Focus = new ImageFocus(0.1f, 0.1f) }));
        var container = _painter.ZoomAnchor(Box(new ContainerElement { Name = "layers", Kind = ContainerKind.Layers }));

        Assert.Equal(new SKPoint(0.5f, 0.5f), contained);
        Assert.Equal(new SKPoint(0.5f, 0.5f), container);
    }

    private static LayoutBox Box(Element element) => new(element, new System.Drawing.RectangleF(10, 20, 100, 200), []);

    public void Dispose()
    {
        _images.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
