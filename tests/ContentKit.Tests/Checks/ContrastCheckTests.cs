using ContentKit.Checks;
using SkiaSharp;

namespace ContentKit.Tests.Checks;

/// <summary>Contrast measured on painted pixels: each test can fail by finding a problem that is not there, or missing one that is.</summary>
public sealed class ContrastCheckTests(CheckBench bench) : IClassFixture<CheckBench>
{
    [Fact]
    public void Dark_text_on_white_has_no_finding()
    {
        var findings = bench.Check("""<column padding="20"><text size="24" color="#16282B">Pendaftaran dibuka untuk umum</text></column>""");

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Contrast);
    }

    [Fact]
    public void Light_grey_text_on_white_under_3_to_1_is_an_error_at_the_line()
    {
        var findings = bench.Check("""<column padding="20"><text size="24" color="#BBBBBB">Pendaftaran dibuka untuk umum</text></column>""");

        var contrast = Assert.Single(findings, f => f.Kind == FindingKind.Contrast);
        Assert.Equal(FindingSeverity.Error, contrast.Severity);
        Assert.Contains("1.9:1", contrast.Message, StringComparison.Ordinal);
        Assert.Equal(20, contrast.Area!.X);
        Assert.Equal(20, contrast.Area.Y);
    }

    [Fact]
    public void Grey_small_text_at_3_5_to_1_is_a_warning_and_the_same_grey_large_is_fine()
    {
        var small = bench.Check("""<column padding="20"><text size="24" color="#888888">Pendaftaran dibuka</text></column>""");
        var large = bench.Check("""<column padding="20"><text size="40" color="#888888">Pendaftaran dibuka</text></column>""");

        Assert.Equal(FindingSeverity.Warning, Assert.Single(small, f => f.Kind == FindingKind.Contrast).Severity);
        Assert.DoesNotContain(large, f => f.Kind == FindingKind.Contrast);
    }

    [Fact]
    public void White_text_over_a_bright_photo_is_measured_against_the_photo_and_the_fix_says_so()
    {
        var photo = bench.Photo("terang.png", new SKColor(0xF0, 0xE6, 0xC8));
        var findings = bench.Check($"""
            <layers width="100%" height="100%">
              <image src="{photo}" fit="cover" top="0" left="0" right="0" bottom="0"/>
              <column padding="20"><text size="40" weight="800" color="#FFFFFF">Festival Kuliner</text></column>
            </layers>
            """);

        var contrast = Assert.Single(findings, f => f.Kind == FindingKind.Contrast);
        Assert.Equal(FindingSeverity.Error, contrast.Severity);
        Assert.StartsWith("The photo behind", contrast.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void White_text_over_a_dark_photo_has_no_finding()
    {
        var photo = bench.Photo("gelap.png", new SKColor(0x10, 0x20, 0x18));
        var findings = bench.Check($"""
            <layers width="100%" height="100%">
              <image src="{photo}" fit="cover" top="0" left="0" right="0" bottom="0"/>
              <column padding="20"><text size="24" color="#FFFFFF">Festival Kuliner</text></column>
            </layers>
            """);

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Contrast);
    }

    [Fact]
    public void A_translucent_text_colour_is_blended_over_the_background_before_measuring()
    {
        var solid = bench.Check("""<column width="100%" height="100%" background="#0E5E4A" padding="20"><text size="24" color="#FFFFFF">Dinas Kominfo</text></column>""");
        var faint = bench.Check("""<column width="100%" height="100%" background="#0E5E4A" padding="20"><text size="24" color="#FFFFFF40">Dinas Kominfo</text></column>""");

        Assert.DoesNotContain(solid, f => f.Kind == FindingKind.Contrast);
        Assert.Equal(FindingSeverity.Error, Assert.Single(faint, f => f.Kind == FindingKind.Contrast).Severity);
    }

    [Fact]
    public void The_yellow_handle_on_brand_green_is_a_warning_at_4_2_to_1()
    {
        var findings = bench.Check("""<column width="100%" height="100%" background="#0E5E4A" padding="20"><text size="22" weight="600" color="#F2B705">@pemkotblitar</text></column>""");

        var contrast = Assert.Single(findings, f => f.Kind == FindingKind.Contrast);
        Assert.Equal(FindingSeverity.Warning, contrast.Severity);
        Assert.Contains("4.2:1", contrast.Message, StringComparison.Ordinal);
    }
}
