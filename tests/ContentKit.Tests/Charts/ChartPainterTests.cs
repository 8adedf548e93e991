using System.Drawing;
using ContentKit.Drawing;
using ContentKit.Layout.Charts;
using ContentKit.Layout.Elements;
using ContentKit.Tests.Layout;
using SkiaSharp;

namespace ContentKit.Tests.Charts;

/// <summary>Pixel sanity checks: the painter draws the geometry's marks where and in the colour layout put them.</summary>
public class ChartPainterTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private static readonly SKColor Green = new(0x0E, 0x5E, 0x4A);

    [Fact]
    public void A_bar_is_painted_in_the_palette_colour_at_its_rectangle()
    {
        var chart = fonts.Arrange("""
            <chart kind="bar">
              <item label="Sananwetan" value="45210"/>
              <item label="Sukorejo" value="64120"/>
            </chart>
            """);
        using var pixels = Render(chart);
        var bar = chart.Bars[0].Rect;

        Assert.Equal(Green, pixels.GetPixel((int)(bar.Left + (bar.Width / 2)), (int)(bar.Top + (bar.Height / 2))));
        Assert.Equal(Green, pixels.GetPixel((int)bar.Left + 2, (int)bar.Bottom - 3));
        Assert.Equal(SKColors.White, pixels.GetPixel((int)bar.Left - 3, (int)(bar.Top + (bar.Height / 2))));
        Assert.Equal(SKColors.White, pixels.GetPixel((int)(bar.Left + (bar.Width / 2)), (int)bar.Top - 3));
        Assert.Equal(SKColors.White, pixels.GetPixel((int)bar.Left + 1, (int)bar.Top + 1)); // the rounded corner
    }

    [Fact]
    public void A_progress_fill_is_painted_up_to_its_width_and_the_track_after_it()
    {
        var chart = fonts.Arrange("""
            <chart kind="progress">
              <item label="Vaksinasi" value="50"/>
            </chart>
            """);
        using var pixels = Render(chart);
        var track = chart.Tracks[0];
        var y = (int)(track.Track.Top + (track.Track.Height / 2));

        Assert.Equal(Green, pixels.GetPixel((int)track.Fill.Right - 20, y));
        Assert.Equal(new SKColor(0xD9, 0xDE, 0xD8), pixels.GetPixel((int)track.Fill.Right + 20, y));
    }

    [Fact]
    public void A_donut_slice_is_painted_in_its_colour_between_the_radii()
    {
        var chart = fonts.ArrangeNatural("""
            <chart kind="donut">
              <item label="Sananwetan" value="1"/>
              <item label="Sukorejo" value="1"/>
            </chart>
            """);
        using var pixels = Render(chart);
        var first = chart.Arcs[0];
        var middle = (first.OuterRadius + first.InnerRadius) / 2;

        // The first half runs from 12 to 6 o'clock on the right: its 3 o'clock point is green, the hole is not.
        Assert.Equal(Green, pixels.GetPixel((int)(first.Centre.X + middle), (int)first.Centre.Y));
        Assert.Equal(new SKColor(0xF2, 0xB7, 0x05), pixels.GetPixel((int)(first.Centre.X - middle), (int)first.Centre.Y));
        Assert.Equal(SKColors.White, pixels.GetPixel((int)(first.Centre.X + (first.InnerRadius / 2)), (int)(first.Centre.Y + (first.InnerRadius / 2))));
    }

    [Fact]
    public void Pictogram_icons_are_painted_through_the_icon_painter_in_their_colours()
    {
        var chart = fonts.ArrangeNatural("""
            <chart kind="pictogram" icon="user" max="4">
              <item label="Warga" value="3"/>
            </chart>
            """);
        var painted = new List<(string Icon, string Color, SKRect Box)>();
        using var surface = SKSurface.Create(new SKImageInfo(1100, 800));

        ChartPainter.Paint(surface.Canvas, chart, (_, icon, box) => painted.Add((icon.Icon, icon.Color.ToString(), box)));

        Assert.Equal(4, painted.Count);
        Assert.All(painted, p => Assert.Equal("user", p.Icon));
        Assert.Equal(["#0E5E4A", "#0E5E4A", "#0E5E4A", "#D9DED8"], painted.Select(p => p.Color));
        Assert.Equal(chart.Cells.Select(c => c.Rect.ToSkia()), painted.Select(p => p.Box));
    }

    [Fact]
    public void An_empty_chart_paints_nothing()
    {
        var chart = ChartLayout.Arrange(ChartMarkup.Read("""<chart kind="donut"/>"""), ChartMarkup.Box, fonts.Text);
        using var pixels = Render(chart);

        Assert.All(Enumerable.Range(0, pixels.Width / 10), x => Assert.Equal(SKColors.White, pixels.GetPixel(x * 10, 400)));
    }

    private static SKBitmap Render(ChartGeometry chart)
    {
        var bitmap = new SKBitmap(new SKImageInfo(1100, 800, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        ChartPainter.Paint(canvas, chart, (_, _, _) => throw new InvalidOperationException("no icons expected"));
        return bitmap;
    }
}
