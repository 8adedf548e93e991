using ContentKit.Layout.Elements;

namespace ContentKit.Tests.Qr;

public class QrDataLimitTests
{
    private static readonly QrElement Qr = new() { Name = "qr", Data = "" };

    [Fact]
    public void Data_too_long_for_a_qr_code_is_an_error_that_gives_the_limit()
    {
        var error = Assert.Throws<ContentKitException>(() => QrImage.Paint(Qr with { Data = new string('a', 2400) }, 400));

        Assert.Contains("2400 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 2331 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("short web address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_logo_the_limit_is_lower_and_the_error_says_so()
    {
        var error = Assert.Throws<ContentKitException>(() => QrImage.Paint(Qr with { Data = new string('a', 1300), Logo = "brand:logo.png" }, 400));

        Assert.Contains("with a logo holds at most 1273 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("without a logo the limit is 2331", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_that_just_fits_is_drawn()
    {
        // Version 40: 177 modules and the quiet zone, 4 px each (ZXing reads dense codes only on whole-pixel modules).
        var data = new string('a', 2331);

        Assert.Equal(data, QrImage.Paint(Qr with { Data = data }, 760).Text());
    }

    [Fact]
    public void Huge_data_is_refused_without_encoding_it()
    {
        var error = Assert.Throws<ContentKitException>(() => QrImage.Paint(Qr with { Data = new string('x', 5_000_000) }, 400));

        Assert.Contains("too long for a QR code", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_data_is_an_error_rather_than_a_code_that_scans_to_nothing(string data)
    {
        var error = Assert.Throws<ContentKitException>(() => QrImage.Paint(Qr with { Data = data }, 400));

        Assert.Contains("no data", error.Message, StringComparison.Ordinal);
    }
}
