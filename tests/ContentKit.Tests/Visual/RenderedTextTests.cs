using ContentKit.Output;

namespace ContentKit.Tests.Visual;

/// <summary>The pixels of a rendered row read, to OCR, as that row: its title, place and date written the Indonesian way.</summary>
public sealed class RenderedTextTests(SampleRendererFixture fixture) : IClassFixture<SampleRendererFixture>
{
    [Theory]
    [InlineData("pengumuman.csv", 4, "feed", new[] { "Pelayanan KTP Keliling", "Selasa, 21 Juli 2026", "Kantor Kecamatan Sananwetan", "08.00 - 14.00 WIB" })]
    [InlineData("pengumuman.xlsx", 4, "story", new[] { "Pelayanan KTP", "Selasa, 21 Juli 2026", "Kantor Kecamatan Sananwetan" })]
    [InlineData("pengumuman.xls", 3, "square", new[] { "Vaksinasi Gratis untuk Lansia", "Selasa, 14 Juli 2026", "Puskesmas Sukorejo" })]
    public void Announcement_image_reads_as_its_row(string sample, int row, string format, string[] expected)
    {
        var text = Read("pengumuman", sample, row, format);

        foreach (var phrase in expected)
        {
            Assert.Contains(phrase, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Quote_card_reads_as_its_row()
    {
        var text = Read("kutipan", "kutipan.csv", 2, "feed");

        Assert.Contains("Gotong royong bukan sekadar kerja", text, StringComparison.Ordinal);
        Assert.Contains("Siti Rahmawati", text, StringComparison.Ordinal);
    }

    private string Read(string template, string sample, int row, string format)
    {
        var (renderer, bound) = fixture.Samples.Row(template, sample, row);
        using var png = new MemoryStream();
        renderer.Render(bound, renderer.Template.Format(format), OutputType.Png, png);
        // OCR may break lines anywhere; compare on single spaces.
        return string.Join(' ', TextRecognition.Read(png.ToArray()).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }
}
