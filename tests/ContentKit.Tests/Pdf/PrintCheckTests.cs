using ContentKit.Checks;
using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Tests.Pdf;

/// <summary>
/// The design check on paper sizes: nothing in the 15 mm margin (a printer leaves the edge blank) and no QR code under
/// 2 cm, measured in millimetres at the format's dpi. A one-text, one-code A4 template moves its padding and code size.
/// </summary>
public sealed class PrintCheckTests : IDisposable
{
    private const string Layout = """
        <column width="100%" height="100%" background="#FFFFFF" padding="{{ job.pad }}" gap="40">
          <text size="60" weight="700" color="#16282B">{{ row.judul }}</text>
          <qr data="https://blitarkota.go.id/layanan" width="{{ job.qr }}" color="#0A4436" background="#FFFFFF"/>
        </column>
        """;

    private const string Manifest = """
        { "id": "cetak-uji", "title": "Uji cetak", "kind": "image", "layout": "layout.sbn",
          "formats": [ { "name": "a4", "width": 2480, "height": 3508, "dpi": 300 } ],
          "fields": [ { "name": "judul", "type": "text", "required": true } ] }
        """;

    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public void Text_inside_the_15_mm_margin_of_a4_is_an_error_naming_the_margin()
    {
        var findings = Check(pad: 60, qr: 400);

        // The title and the code both start 60 px (5 mm) from the left edge.
        Assert.Equal(["qr", "text"], findings.Select(f => f.Element.Split('/')[^1][..Math.Min(4, f.Element.Split('/')[^1].Length)].TrimEnd('[', ' ')).Order());
        Assert.All(findings, margin =>
        {
            Assert.True(margin.IsError);
            Assert.Equal(FindingKind.UnsafeBand, margin.Kind);
            Assert.Contains("reaches 117 px into the 15 mm margin", margin.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Qr_code_under_2_cm_on_paper_is_an_error_though_its_modules_are_large_enough_for_a_screen()
    {
        // 200 px at 300 dpi is 16.9 mm, with modules of about 6 px: a screen's minimum is 4.
        var findings = Check(pad: 178, qr: 200);

        var qr = Assert.Single(findings);
        Assert.Equal(FindingKind.Qr, qr.Kind);
        Assert.True(qr.IsError, qr.Message);
        Assert.True(qr.Message.Contains("16.9 mm", StringComparison.Ordinal), $"{qr.Message} / {qr.Fix}");
        Assert.Contains("at least 237 px (20 mm", qr.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_with_a_15_mm_margin_and_a_2_5_cm_code_has_no_finding()
    {
        Assert.Empty(Check(pad: 178, qr: 300));
    }

    [Fact]
    public void Dpi_out_of_range_in_a_manifest_is_an_error_naming_the_format()
    {
        var folder = Write(Manifest.Replace("\"dpi\": 300", "\"dpi\": 30", StringComparison.Ordinal));

        var error = Assert.Throws<ContentKitException>(() => Template.Load(folder));
        Assert.Contains("format 'a4' says dpi 30", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("template.json", error.Location.File, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private IReadOnlyList<Finding> Check(int pad, int qr)
    {
        var library = new TemplateLibrary(TestPaths.Templates);
        var template = Template.Load(Write(Manifest));
        using var renderer = new Renderer(library, template, new RenderOptions { Values = new Dictionary<string, string> { ["pad"] = $"{pad}", ["qr"] = $"{qr}" } });
        var row = renderer.Bind(new Dictionary<string, object?> { ["judul"] = "Kerja Bakti" }, 2);
        using var pdf = new MemoryStream();
        var result = renderer.Render(row, template.Format("a4"), OutputType.Pdf, pdf);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf.GetBuffer(), 0, 5), StringComparison.Ordinal);
        return result.Findings;
    }

    private string Write(string manifest)
    {
        var folder = Path.Combine(_folder, "cetak-uji");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "template.json"), manifest);
        File.WriteAllText(Path.Combine(folder, "layout.sbn"), Layout);
        return folder;
    }
}
