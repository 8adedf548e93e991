using System.Drawing;
using ContentKit.Drawing;
using ContentKit.Layout.Charts;
using ContentKit.Tests.Layout;
using SkiaSharp;

namespace ContentKit.Tests.Charts;

/// <summary>
/// One chart of each kind with Kota Blitar data, painted on a card as a template would, at full and half width:
/// each draws marks, puts ink inside its box and none on the page outside the card.
/// </summary>
public class ChartGalleryTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private const int PageWidth = 1080;
    private const float Margin = 60;

    public static TheoryData<string, string> Examples => new()
    {
        {
            "bar", """
            <chart kind="bar">
              <item label="Sananwetan" value="45210"/>
              <item label="Kepanjenkidul" value="38950"/>
              <item label="Sukorejo" value="64120"/>
            </chart>
            """
        },
        {
            "horizontal-bar", """
            <chart kind="horizontal-bar">
              <item label="Makam Bung Karno" value="512340"/>
              <item label="Perpustakaan Proklamator Bung Karno" value="187400"/>
              <item label="Alun-Alun Kota Blitar" value="143200"/>
              <item label="Taman Kebon Rojo" value="76500"/>
              <item label="Museum PETA" value="21800"/>
            </chart>
            """
        },
        {
            "line", """
            <chart kind="line" value-format="rupiah-short">
              <item label="2019" value="183400000000"/>
              <item label="2020" value="164250000000"/>
              <item label="2021" value="172900000000"/>
              <item label="2022" value="201350000000"/>
              <item label="2023" value="226800000000"/>
              <item label="2024" value="243860000000"/>
            </chart>
            """
        },
        {
            "area", """
            <chart kind="area">
              <item label="Jan" value="12400"/>
              <item label="Feb" value="10850"/>
              <item label="Mar" value="13900"/>
              <item label="Apr" value="15200"/>
              <item label="Mei" value="18760"/>
              <item label="Jun" value="24310"/>
              <item label="Jul" value="21040"/>
            </chart>
            """
        },
        {
            "donut", """
            <chart kind="donut">
              <item label="Sananwetan" value="45210"/>
              <item label="Kepanjenkidul" value="38950"/>
              <item label="Sukorejo" value="64120"/>
            </chart>
            """
        },
        {
            "pie", """
            <chart kind="pie" value-format="rupiah-short">
              <item label="Pendidikan" value="443860000000"/>
              <item label="Kesehatan" value="212500000000"/>
              <item label="Pekerjaan Umum" value="158300000000"/>
              <item label="Sosial" value="64700000000"/>
              <item label="Lainnya" value="38200000000"/>
            </chart>
            """
        },
        {
            "progress", """
            <chart kind="progress" value-format="percent" decimals="1">
              <item label="Vaksinasi lansia" value="87.5"/>
              <item label="Pembayaran PBB" value="64.2"/>
              <item label="Penyaluran bansos" value="92"/>
              <item label="Perekaman KTP-el" value="98.7"/>
            </chart>
            """
        },
        {
            "ring", """
            <chart kind="ring" value-format="percent">
              <item label="Air bersih" value="94"/>
              <item label="Sanitasi layak" value="81"/>
              <item label="Listrik PLN" value="99"/>
            </chart>
            """
        },
        {
            "pictogram", """
            <chart kind="pictogram" icon="user" max="10">
              <item label="Warga sudah vaksin" value="7"/>
              <item label="Warga punya BPJS" value="8.6"/>
            </chart>
            """
        },
        {
            "bar-negative", """
            <chart kind="bar" value-format="percent" decimals="1">
              <item label="2020" value="-2.3"/>
              <item label="2021" value="3.1"/>
              <item label="2022" value="5.4"/>
              <item label="2023" value="4.9"/>
              <item label="2024" value="5.2"/>
            </chart>
            """
        },
        {
            "bar-months", """
            <chart kind="bar" value-format="rupiah-short">
              <item label="Januari" value="21400000000"/>
              <item label="Februari" value="18250000000"/>
              <item label="Maret" value="24900000000"/>
              <item label="April" value="19100000000"/>
              <item label="Mei" value="22760000000"/>
              <item label="Juni" value="26310000000"/>
              <item label="Juli" value="23040000000"/>
              <item label="Agustus" value="27500000000"/>
              <item label="September" value="20100000000"/>
              <item label="Oktober" value="25800000000"/>
              <item label="November" value="24200000000"/>
              <item label="Desember" value="31900000000" color="#F2B705"/>
            </chart>
            """
        },
        {
            "horizontal-bar-rupiah", """
            <chart kind="horizontal-bar" value-format="rupiah" label-size="28">
              <item label="Belanja pegawai" value="412500000"/>
              <item label="Barang dan jasa" value="398200000"/>
              <item label="Modal" value="120000000"/>
            </chart>
            """
        },
        {
            "donut-single", """
            <chart kind="donut" max="100" value-format="percent" decimals="1">
              <item label="Realisasi APBD" value="87.5"/>
            </chart>
            """
        },
        {
            "donut-zero", """
            <chart kind="donut">
              <item label="Sananwetan" value="0"/>
              <item label="Sukorejo" value="0"/>
            </chart>
            """
        },
        {
            "pictogram-percent", """
            <chart kind="pictogram" icon="user" value-format="percent">
              <item label="Warga usia produktif" value="68"/>
            </chart>
            """
        },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_kind_draws_a_chart_on_a_card(string kind, string markup) => AssertDrawn(kind, markup, PageWidth);

    /// <summary>The same charts in half a page's column, where labels must shrink, wrap or move inside.</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_kind_draws_in_a_narrow_column(string kind, string markup) => AssertDrawn(kind, markup, PageWidth / 2);

    /// <summary>The chart has marks, puts ink inside its box and none on the page outside the card.</summary>
    private void AssertDrawn(string kind, string markup, int pageWidth)
    {
        var (geometry, bitmap, box) = Render(markup, pageWidth);
        using (bitmap)
        {
            Assert.False(geometry.IsEmpty, $"{kind}: no marks");
            var white = new SKColor(255, 255, 255);
            var page = new SKColor(0xF7, 0xF5, 0xEF);
            var inked = 0;
            for (var y = 0; y < bitmap.Height; y++)
            {
                for (var x = 0; x < bitmap.Width; x++)
                {
                    var pixel = bitmap.GetPixel(x, y);
                    // The card runs from the margin to the chart box's bottom plus a margin; its edges are anti-aliased.
                    var inCard = x >= Margin - 1 && x <= pageWidth - Margin && y >= Margin - 1 && y <= box.Bottom + Margin;
                    if (!inCard)
                    {
                        Assert.True(pixel == page, $"{kind}: ink at {x},{y} outside the card");
                    }
                    else if (box.Contains(x, y) && pixel != white)
                    {
                        inked++;
                    }
                }
            }

            Assert.True(inked > box.Width * box.Height / 100, $"{kind}: only {inked} pixels drawn in the chart box");
        }
    }

    private (ChartGeometry Geometry, SKBitmap Bitmap, RectangleF Box) Render(string markup, int pageWidth)
    {
        var chart = ChartMarkup.Read(markup);
        var width = pageWidth - (4 * Margin);
        var height = ChartLayout.PreferredHeight(chart, width, fonts.Text);
        var geometry = ChartLayout.Arrange(chart, new RectangleF(2 * Margin, 2 * Margin, width, height), fonts.Text);

        using var surface = SKSurface.Create(new SKImageInfo(pageWidth, (int)(height + (4 * Margin))));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xF7, 0xF5, 0xEF));
        using (var card = new SKPaint { IsAntialias = true, Color = SKColors.White })
        {
            canvas.DrawRoundRect(new SKRect(Margin, Margin, pageWidth - Margin, height + (3 * Margin)), 28, 28, card);
        }

        ChartPainter.Paint(canvas, geometry, TestIcons.Person);
        var bitmap = new SKBitmap(surface.Canvas.DeviceClipBounds.Width, surface.Canvas.DeviceClipBounds.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        surface.ReadPixels(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes, 0, 0);
        return (geometry, bitmap, new RectangleF(2 * Margin, 2 * Margin, width, height));
    }
}
