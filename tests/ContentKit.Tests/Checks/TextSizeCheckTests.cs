using ContentKit.Checks;

namespace ContentKit.Tests.Checks;

/// <summary>The brand's smallest text per format, and text that fitting shrank or cut.</summary>
public sealed class TextSizeCheckTests(CheckBench bench) : IClassFixture<CheckBench>
{
    private const string Isi = "Warga diminta membawa KTP, Kartu Keluarga dan surat pengantar dari kelurahan masing-masing.";

    [Fact]
    public void Text_under_the_brand_s_minimum_is_a_warning_and_at_the_minimum_is_not()
    {
        var small = bench.Check("""<column padding="20"><text size="18">Pindai</text></column>""", minTextSize: 24);
        var enough = bench.Check("""<column padding="20"><text size="24">Pindai</text></column>""", minTextSize: 24);

        var finding = Assert.Single(small);
        Assert.Equal((FindingKind.SmallText, FindingSeverity.Warning), (finding.Kind, finding.Severity));
        Assert.Contains("is 18 px", finding.Message, StringComparison.Ordinal);
        Assert.Contains("at least 24 px", finding.Fix, StringComparison.Ordinal);
        Assert.Empty(enough);
    }

    [Fact]
    public void Cut_text_is_an_error_whose_fix_names_the_field_and_a_length()
    {
        var findings = bench.Check($"""<column padding="20"><text field="isi" size="32" max-lines="2">{Isi}</text></column>""", row: new Dictionary<string, object?> { ["isi"] = Isi });

        var cut = Assert.Single(findings);
        Assert.Equal((FindingKind.TextCut, FindingSeverity.Error, "isi", 2), (cut.Kind, cut.Severity, cut.Field, cut.Row));
        Assert.Matches(@"^Shorten 'isi' to about \d+0 characters \(it has 91\)\.$", cut.Fix);
    }

    [Fact]
    public void Text_shrunk_by_more_than_a_pixel_and_five_percent_is_a_warning()
    {
        var findings = bench.Check($"""<column padding="20"><text field="isi" size="40" min-size="10" fit="shrink" height="120">{Isi}</text></column>""");

        var shrunk = Assert.Single(findings);
        Assert.Equal((FindingKind.TextShrunk, FindingSeverity.Warning), (shrunk.Kind, shrunk.Severity));
        Assert.Contains("shrunk from 40", shrunk.Message, StringComparison.Ordinal);
    }
}
