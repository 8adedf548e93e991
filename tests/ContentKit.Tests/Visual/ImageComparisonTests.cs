using ContentKit.Layout.Elements;
using ContentKit.Output;
using ContentKit.Templates;
using SkiaSharp;

namespace ContentKit.Tests.Visual;

/// <summary>
/// The golden comparison fails when something small but essential is gone: the phone number or the handle of a
/// feed image painted over with the background behind it, and passes the image as rendered.
/// </summary>
public sealed class ImageComparisonTests(SampleRendererFixture fixture) : IClassFixture<SampleRendererFixture>
{
    private const int Row = 2;

    [Fact]
    public void The_feed_image_as_rendered_matches_its_reference()
    {
        var (png, _, tolerance) = Render();

        var (same, report) = Compare(png, tolerance);
        Assert.True(same, report);
    }

    [Theory]
    [InlineData("Info: ")]
    [InlineData("@")]
    public void A_feed_image_without_its_phone_number_or_handle_fails_the_comparison(string startOfText)
    {
        var (png, layout, tolerance) = Render();
        var text = Assert.Single(layout.Descendants(), box => box.Element is TextElement t && t.Text.StartsWith(startOfText, StringComparison.Ordinal));

        var painted = PaintOver(png, text.Bounds);

        var (same, report) = Compare(painted, tolerance);
        Assert.False(same, $"'{((TextElement)text.Element).Text}' painted over at {text.Bounds} still passed: {report}");
    }

    private static (bool Same, string Report) Compare(byte[] png, ImageTolerance tolerance) =>
        ImageComparison.Compare(File.ReadAllBytes(Path.Combine(GoldenFile.Folder("Visual"), $"pengumuman-row{Row}-feed.png")), png, tolerance);

    /// <summary>The golden test's own image, and its own tolerance (row 2 has a photo: the looser one).</summary>
    private (byte[] Png, ContentKit.Layout.LayoutBox Layout, ImageTolerance Tolerance) Render()
    {
        var (renderer, bound) = fixture.Samples.Row("pengumuman", "pengumuman.csv", Row);
        var feed = renderer.Template.Format("feed");
        using var png = new MemoryStream();
        renderer.Render(bound, feed, OutputType.Png, png);
        var unit = RenderUnit.Of(bound);
        return (png.ToArray(), renderer.Layout(unit, feed, CancellationToken.None), ImageTolerance.For(renderer, unit));
    }

    /// <summary>Fills <paramref name="bounds"/> with the colour just outside its top-left corner: the background the text sits on.</summary>
    private static byte[] PaintOver(byte[] png, System.Drawing.RectangleF bounds)
    {
        using var bitmap = SKBitmap.Decode(png);
        var background = bitmap.GetPixel(Math.Max(0, (int)bounds.Left - 2), Math.Max(0, (int)bounds.Top - 2));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = background })
        {
            canvas.DrawRect(SKRect.Create(bounds.Left, bounds.Top, bounds.Width, bounds.Height), paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
