using System.Drawing;
using ContentKit.Drawing;
using ContentKit.Layout.Charts;
using ContentKit.Tests.Icons;
using ContentKit.Tests.Layout;
using SkiaSharp;

namespace ContentKit.Tests.Charts;

public class TmpRealIconsTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    [Theory]
    [InlineData("user", "max=\"10\"")]
    [InlineData("users", "value-format=\"percent\"")]
    public void Render(string icon, string attributes)
    {
        using var icons = BundledIcons.Open();
        var chart = ChartMarkup.Read($"""<chart kind="pictogram" icon="{icon}" {attributes}><item label="Warga sudah vaksin" value="7"/><item label="Warga punya BPJS" value="8.6"/></chart>""");
        var height = ChartLayout.PreferredHeight(chart, 840, fonts.Text);
        var geometry = ChartLayout.Arrange(chart, new RectangleF(120, 120, 840, height), fonts.Text);
        using var surface = SKSurface.Create(new SKImageInfo(1080, (int)height + 240));
        surface.Canvas.Clear(SKColors.White);
        ChartPainter.Paint(surface.Canvas, geometry, icons);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes($"/tmp/charts-real-{icon}.png", png.ToArray());
    }
}
