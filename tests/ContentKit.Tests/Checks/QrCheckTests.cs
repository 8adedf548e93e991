using ContentKit.Checks;

namespace ContentKit.Tests.Checks;

/// <summary>QR codes read back from the painted pixels with ZXing, and the 4 px a module a phone needs.</summary>
public sealed class QrCheckTests(CheckBench bench) : IClassFixture<CheckBench>
{
    private const string Url = "https://blitarkota.go.id/layanan/ktp-keliling";

    [Fact]
    public void A_code_at_6_px_a_module_reads_back_and_has_no_finding()
    {
        // A 45-character address is version 4 at level M: 33 modules and the quiet zone, 41 × 6 = 246 px.
        var findings = bench.Check($"""<column padding="20"><qr data="{Url}" width="246"/></column>""");

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Qr);
    }

    [Fact]
    public void A_code_at_3_px_a_module_is_an_error_that_names_the_width_needed()
    {
        // The mark is what the markup writer puts before a row's value: the finding names the field from it.
        var findings = bench.Check($"""<column padding="20"><qr data="{FieldMarks.Mark(["tautan"])}{Url}" width="123"/></column>""", row: new Dictionary<string, object?> { ["tautan"] = Url });

        var qr = Assert.Single(findings, f => f.Kind == FindingKind.Qr);
        Assert.Equal(FindingSeverity.Error, qr.Severity);
        Assert.Contains("modules of 3 px", qr.Message, StringComparison.Ordinal);
        Assert.Contains("at least 164 px wide", qr.Fix, StringComparison.Ordinal);
        Assert.Equal("tautan", qr.Field);
    }

    [Fact]
    public void A_code_with_an_ornament_painted_over_its_corner_is_unreadable()
    {
        var findings = bench.Check($"""
            <layers width="100%" height="100%">
              <qr data="{Url}" width="222" top="20" left="20"/>
              <shape decorative="true" kind="rect" width="90" height="90" top="20" left="20" fill="#0A4436"/>
            </layers>
            """);

        var qr = Assert.Single(findings, f => f.Kind == FindingKind.Qr);
        Assert.Contains("cannot be read", qr.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_half_off_the_canvas_is_outside_the_canvas_and_unreadable()
    {
        var findings = bench.Check($"""<layers width="100%" height="100%"><qr data="{Url}" width="222" top="290" left="20"/></layers>""");

        Assert.Contains(findings, f => f is { Kind: FindingKind.OutsideCanvas, PixelsOver: 112 });
        Assert.Contains(findings, f => f.Kind == FindingKind.Qr && f.IsError);
    }
}
