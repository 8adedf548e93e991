using ContentKit.Tests.Templates;

namespace ContentKit.Tests.Qr;

public class QrTemplateTests
{
    private const string Manifest = """
        {
          "id": "uji-qr",
          "title": "Uji QR",
          "formats": [ { "name": "feed", "width": 400, "height": 400 } ],
          "fields": [ { "name": "tautan", "type": "text", "required": true } ]
        }
        """;

    [Theory]
    [InlineData("<column padding=\"50\"><qr data=\"{{ row.tautan }}\" width=\"300\"/></column>")]
    [InlineData("<column padding=\"50\"><qr data=\"{{ row.tautan }}\" width=\"300\" color=\"{{ brand.colors.primary }}\" logo=\"{{ brand.logo }}\"/></column>")]
    public void A_template_row_renders_to_a_png_whose_code_reads_back_as_the_rows_url(string layout)
    {
        // The & in the query must survive escaping into markup and back.
        const string url = "https://blitarkota.go.id/layanan/ktp-keliling?kecamatan=sananwetan&hari=senin";
        var template = new TemplateFolder(layout, Manifest);

        var png = template.Png(new Dictionary<string, object?> { ["tautan"] = url });

        Assert.Equal(url, QrImage.FromPng(png).Text());
    }
}
