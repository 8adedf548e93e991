using ContentKit.Layout.Elements;

namespace ContentKit.Tests.Qr;

public class QrScanTests
{
    private static readonly QrElement Plain = new() { Name = "qr", Data = QrImage.Url };

    private static readonly QrElement Brand = Plain with { Color = QrImage.Colour("#0E5E4A"), Background = QrImage.Colour("#FFFFFF") };

    [Fact]
    public void A_black_on_white_code_reads_back_as_the_exact_url()
    {
        Assert.Equal(QrImage.Url, QrImage.Paint(Plain, 400).Text());
    }

    [Fact]
    public void A_code_in_brand_colours_reads_back_as_the_exact_url()
    {
        Assert.Equal(QrImage.Url, QrImage.Paint(Brand, 400).Text());
    }

    [Fact]
    public void A_code_with_the_brand_logo_in_the_centre_reads_back_as_the_exact_url()
    {
        Assert.Equal(QrImage.Url, QrImage.Paint(Brand with { Logo = "brand:logo.png" }, 400).Text());
    }

    [Theory]
    [InlineData(160, false)]
    [InlineData(160, true)]
    [InlineData(123, false)]
    public void A_small_code_still_reads_back_as_the_exact_url(int size, bool logo)
    {
        var qr = logo ? Brand with { Logo = "brand:logo.png" } : Brand;

        Assert.Equal(QrImage.Url, QrImage.Paint(qr, size).Text());
    }

    [Fact]
    public void Accented_text_and_emoji_read_back_unchanged()
    {
        const string text = "Alun-alun Kota Blitar — Café Sanan ✓ 🏛";

        Assert.Equal(text, QrImage.Paint(Plain with { Data = text }, 400).Text());
    }

    [Fact]
    public void A_plain_code_uses_error_correction_M_and_a_code_with_a_logo_uses_H()
    {
        Assert.Equal("M", QrImage.Paint(Brand, 400).ErrorCorrection());
        Assert.Equal("H", QrImage.Paint(Brand with { Logo = "brand:logo.png" }, 400).ErrorCorrection());
    }

    [Fact]
    public void Codes_painted_on_many_threads_at_once_are_identical_and_scan()
    {
        // Data no other test uses, so the threads race to encode it first.
        var qr = Brand with { Data = QrImage.Url + "?uji=paralel" };

        var all = new QrImage[16];
        Parallel.For(0, all.Length, i => all[i] = QrImage.Paint(qr, 200));

        Assert.Equal(qr.Data, all[0].Text());
        Assert.All(all, image => Assert.Equal(all[0].Pixels, image.Pixels));
    }
}
