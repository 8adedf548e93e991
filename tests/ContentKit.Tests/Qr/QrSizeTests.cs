using ContentKit.Drawing.Qr;
using ContentKit.Templates.Functions;

namespace ContentKit.Tests.Qr;

/// <summary><c>lebar_qr</c> sizes a code before it is encoded: its module count must be the encoder's.</summary>
public class QrSizeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(42)]
    [InlineData(43)]
    [InlineData(62)]
    [InlineData(63)]
    [InlineData(150)]
    [InlineData(600)]
    public void The_width_counts_the_modules_the_encoder_makes_for_a_web_address(int length)
    {
        var link = ("https://blitarkota.go.id/agenda/" + new string('a', 600))[..Math.Max(length, 1)];

        Assert.Equal(QrEncoder.Encode(link, withLogo: false).SizeWithQuietZone, QrSize.Modules(link));
    }

    [Fact]
    public void The_template_function_gives_the_width_for_whole_modules_of_the_pixels_asked()
    {
        // 50 characters: a version-4 code, 33 modules and 2 × 4 of quiet zone.
        var link = "https://blitarkota.go.id/pendidikan/beasiswa-2026";

        Assert.Equal("164", ContentKit.Tests.Templates.Functions.ContentFunctionsTests.Render($"{{{{ lebar_qr \"{link}\" 4 }}}}"));
    }

    [Fact]
    public void Text_longer_than_any_code_is_a_clear_error()
    {
        var error = Assert.Throws<ContentKitException>(() => QrSize.Modules(new string('a', 2332)));

        Assert.Contains("2332", error.Message, StringComparison.Ordinal);
    }
}
