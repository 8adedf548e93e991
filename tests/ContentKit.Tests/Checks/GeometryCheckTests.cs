using ContentKit.Checks;
using ContentKit.Templates;

namespace ContentKit.Tests.Checks;

/// <summary>Content outside the canvas or its box, read from the arranged tree.</summary>
public sealed class GeometryCheckTests(CheckBench bench) : IClassFixture<CheckBench>
{
    [Fact]
    public void Content_inside_its_boxes_has_no_finding()
    {
        var findings = bench.Check("""
            <column width="100%" height="100%" padding="20" gap="10">
              <box height="100" background="#0E5E4A"/>
              <box height="100" background="#F2B705"/>
            </column>
            """);

        Assert.Empty(findings);
    }

    [Fact]
    public void A_footer_that_cannot_shrink_pushed_past_the_bottom_is_an_error_with_the_pixels_over()
    {
        var findings = bench.Check("""
            <column width="100%" height="100%">
              <box height="300" shrink="0" background="#0E5E4A"/>
              <row height="150" shrink="0" background="#F2B705"/>
            </column>
            """);

        var outside = Assert.Single(findings);
        Assert.Equal((FindingKind.OutsideCanvas, FindingSeverity.Error, 50), (outside.Kind, outside.Severity, outside.PixelsOver));
        Assert.Equal("column/row", outside.Element);
        Assert.Contains("past the bottom edge", outside.Message, StringComparison.Ordinal);
        Assert.Equal(103, outside.TemplateLine);
    }

    [Fact]
    public void A_child_wider_than_its_parent_s_padding_allows_is_clipped()
    {
        var findings = bench.Check("""
            <column width="100%" height="100%">
              <row width="200" height="200" padding="20">
                <box width="190" height="50" shrink="0" background="#0E5E4A"/>
              </row>
            </column>
            """);

        var clipped = Assert.Single(findings);
        Assert.Equal((FindingKind.Clipped, 30), (clipped.Kind, clipped.PixelsOver));
    }

    [Fact]
    public void A_decorative_circle_half_off_the_canvas_is_no_finding_but_the_same_circle_undecorated_is()
    {
        const string Circle = """<shape {0} kind="circle" width="300" height="300" top="-100" right="-100" stroke="#F2B705" stroke-width="4"/>""";

        var decorative = bench.Check($"""<layers width="100%" height="100%">{string.Format(System.Globalization.CultureInfo.InvariantCulture, Circle, "decorative=\"true\"")}</layers>""");
        var plain = bench.Check($"""<layers width="100%" height="100%">{string.Format(System.Globalization.CultureInfo.InvariantCulture, Circle, "")}</layers>""");

        Assert.Empty(decorative);
        Assert.Equal(FindingKind.OutsideCanvas, Assert.Single(plain).Kind);
    }

    [Fact]
    public void Text_in_a_story_s_unsafe_top_band_is_a_warning_and_below_it_is_not()
    {
        var story = new OutputFormat("story", 400, 600) { Unsafe = new UnsafeBands { Top = 100, Bottom = 100 } };

        var high = bench.Check("""<column width="100%" height="100%" padding="40 20"><text size="24">Pemerintah Kota Blitar</text></column>""", story);
        var safe = bench.Check("""<column width="100%" height="100%" padding="120 20"><text size="24">Pemerintah Kota Blitar</text></column>""", story);

        var band = Assert.Single(high);
        Assert.Equal((FindingKind.UnsafeBand, FindingSeverity.Warning), (band.Kind, band.Severity));
        Assert.Contains("top band", band.Message, StringComparison.Ordinal);
        Assert.Empty(safe);
    }

    [Fact]
    public void A_decorative_ring_over_a_line_of_text_is_a_warning()
    {
        const string Text = """<column padding="100 20"><text size="24">Pemerintah Kota Blitar</text></column>""";

        var over = bench.Check($"""<layers width="100%" height="100%">{Text}<shape decorative="true" kind="circle" width="120" height="120" top="60" left="20" stroke="#F2B705" stroke-width="4"/></layers>""");
        var away = bench.Check($"""<layers width="100%" height="100%">{Text}<shape decorative="true" kind="circle" width="60" height="60" top="300" left="300" stroke="#F2B705" stroke-width="4"/></layers>""");

        var decoration = Assert.Single(over);
        Assert.Equal((FindingKind.DecorationOverText, FindingSeverity.Warning), (decoration.Kind, decoration.Severity));
        Assert.Empty(away);
    }
}
