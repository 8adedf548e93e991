using System.Collections.Immutable;
using ContentKit.Drawing;
using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Layout.Markup;
using ContentKit.Tests.Layout;
using ContentKit.Text;
using SkiaSharp;

namespace ContentKit.Tests.Library;

/// <summary>Tables read into rows of texts, and photo filters, rotation and dashes as painted.</summary>
public sealed class TableAndFilterTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    [Fact]
    public void A_table_lays_out_columns_by_share_with_numbers_right_aligned_and_a_bold_header()
    {
        var page = fonts.Lay("""
            <column>
              <table columns="2 1" width="600">
                <tr header="true"><td>Kecamatan</td><td>Penduduk</td></tr>
                <tr><td>Sananwetan</td><td>52.779</td></tr>
                <tr><td>Sukorejo</td><td>61.204</td></tr>
              </table>
            </column>
            """, 800, 800);

        var table = page.At(0);
        Assert.Equal(3, table.Children.Length);
        var header = table.At(0);
        Assert.Equal(400, header.At(0).Bounds.Width, 0.5);
        Assert.Equal(200, header.At(1).Bounds.Width, 0.5);
        var cell = (TextElement)table.At(1, 1).Element;
        Assert.Equal(TextAlign.Right, cell.Style.Align);
        Assert.Equal(TextAlign.Left, ((TextElement)table.At(1, 0).Element).Style.Align);
        Assert.Equal(700, ((TextElement)header.At(0).Element).Style.Weight);
        Assert.NotNull(((ContainerElement)table.At(2).Element).Decoration.Background);
        Assert.Null(((ContainerElement)table.At(1).Element).Decoration.Background);
    }

    [Fact]
    public void A_table_with_a_stray_element_is_an_error_naming_it()
    {
        var error = Assert.Throws<MarkupException>(() => MarkupReader.Read("<table><tr><td>a</td></tr><row/></table>"));

        Assert.Contains("<row>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Grayscale_makes_every_pixel_grey()
    {
        var pixel = Filtered(new GrayscaleFilter(), new SKColor(200, 40, 40));

        Assert.InRange(Math.Abs(pixel.Red - pixel.Green), 0, 1);
        Assert.InRange(Math.Abs(pixel.Green - pixel.Blue), 0, 1);
    }

    [Fact]
    public void Duotone_maps_black_to_the_dark_colour_and_white_to_the_light_one()
    {
        var duotone = new DuotoneFilter(new Rgba(0x0A, 0x44, 0x36), new Rgba(0xF2, 0xB7, 0x05));

        var dark = Filtered(duotone, SKColors.Black);
        var light = Filtered(duotone, SKColors.White);

        Assert.Equal((0x0A, 0x44, 0x36), (dark.Red, dark.Green, dark.Blue), Near);
        Assert.Equal((0xF2, 0xB7, 0x05), (light.Red, light.Green, light.Blue), Near);
    }

    [Fact]
    public void Tint_mixes_towards_the_colour_by_the_amount()
    {
        var pixel = Filtered(new TintFilter(new Rgba(0, 0, 255), 0.5f), SKColors.White);

        Assert.Equal((128, 128, 255), (pixel.Red, pixel.Green, pixel.Blue), Near);
    }

    [Fact]
    public void Brightness_scales_the_channels()
    {
        var pixel = Filtered(new BrightnessFilter(0.5f), new SKColor(200, 100, 50));

        Assert.Equal((100, 50, 25), (pixel.Red, pixel.Green, pixel.Blue), Near);
    }

    [Fact]
    public void Filters_in_markup_are_read_in_order()
    {
        var image = (ImageElement)MarkupReader.Read("""<image src="a.jpg" filter="grayscale blur(6) tint(#0E5E4A, 0.4)"/>""");

        Assert.Equal([typeof(GrayscaleFilter), typeof(BlurFilter), typeof(TintFilter)], image.Filters.Select(f => f.GetType()));
        Assert.Throws<MarkupException>(() => MarkupReader.Read("""<image src="a.jpg" filter="sepia"/>"""));
    }

    private static readonly IEqualityComparer<(int, int, int)> Near = EqualityComparer<(int, int, int)>.Create(
        (a, b) => Math.Abs(a.Item1 - b.Item1) <= 2 && Math.Abs(a.Item2 - b.Item2) <= 2 && Math.Abs(a.Item3 - b.Item3) <= 2);

    private static SKColor Filtered(ImageFilter filter, SKColor colour)
    {
        using var source = new SKBitmap(4, 4);
        source.Erase(colour);
        using var image = SKImage.FromBitmap(source);
        using var surface = SKSurface.Create(new SKImageInfo(4, 4, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var paint = new SKPaint();
        PhotoFilters.Apply(paint, ImmutableArray.Create(filter));
        surface.Canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default, paint);
        using var bitmap = new SKBitmap(4, 4);
        surface.ReadPixels(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes, 0, 0);
        return bitmap.GetPixel(2, 2);
    }
}
