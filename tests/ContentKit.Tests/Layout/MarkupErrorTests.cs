using ContentKit.Layout.Markup;

namespace ContentKit.Tests.Layout;

/// <summary>Markup the reader refuses: each error names what is wrong, the markup line, and what to write instead.</summary>
public class MarkupErrorTests
{
    [Fact]
    public void Unknown_element_is_named_with_its_line_and_the_nearest_element()
    {
        var error = Read("""
            <column>
              <text>Judul</text>
              <colum gap="4">
                <text>Isi</text>
              </colum>
            </column>
            """);

        Assert.Contains("<colum>", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'column'?", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.MarkupLine);
    }

    [Fact]
    public void Unknown_element_far_from_every_name_gets_no_suggestion_but_the_list()
    {
        var error = Read("<column><paragraph/></column>");

        Assert.Contains("<paragraph>", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", error.Message, StringComparison.Ordinal);
        Assert.Contains("row, column, box, layers, text, image, shape, spacer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_attribute_is_named_with_the_nearest_attribute()
    {
        var error = Read("""
            <column>
              <row gapp="4"/>
            </column>
            """);

        Assert.Contains("<row>", error.Message, StringComparison.Ordinal);
        Assert.Contains("'gapp'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'gap'?", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.MarkupLine);
    }

    [Theory]
    [InlineData("""<text sise="40">x</text>""", "'size'")]
    [InlineData("""<image src="a.png" heigth="40"/>""", "'height'")]
    [InlineData("""<text colour="#fff">x</text>""", "'color'")]
    [InlineData("""<shape fil="#fff"/>""", "'fill'")]
    public void Misspelt_attributes_suggest_an_attribute_of_that_element(string markup, string suggestion)
    {
        var error = Read(markup);

        Assert.Contains($"Did you mean {suggestion}?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<shape width="wide"/>""", "width=\"wide\"", "expected a size")]
    [InlineData("""<text color="green-ish">x</text>""", "color=\"green-ish\"", "expected a colour")]
    [InlineData("""<box background="linear-gradient(#fff)"/>""", "background=\"linear-gradient(#fff)\"", "at least two colours")]
    [InlineData("""<column padding="1 2 3 4 5"/>""", "padding=\"1 2 3 4 5\"", "1 to 4 numbers")]
    [InlineData("""<row justify="middle"/>""", "justify=\"middle\"", "expected one of start, center, end, space-between, space-around, space-evenly")]
    [InlineData("""<text weight="heavy">x</text>""", "weight=\"heavy\"", "expected a weight")]
    [InlineData("""<row gap="-4"/>""", "gap=\"-4\"", "0 or more")]
    [InlineData("""<shape aspect-ratio="0"/>""", "aspect-ratio=\"0\"", "greater than 0")]
    [InlineData("""<box shadow="0 12 #000"/>""", "shadow=\"0 12 #000\"", "x y blur colour")]
    public void Bad_value_names_the_attribute_and_what_is_expected(string markup, string attribute, string expected)
    {
        var error = Read(markup);

        Assert.Contains(attribute, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.MarkupLine);
    }

    [Theory]
    [InlineData("""<row justify="center,end"/>""")]
    [InlineData("""<row justify="end, space-around"/>""")]
    [InlineData("""<column align="start,center"/>""")]
    [InlineData("""<text align="left,right">x</text>""")]
    public void A_list_of_keywords_is_a_bad_value_not_a_combination_of_them(string markup)
    {
        var error = Read(markup);

        Assert.Contains("expected one of", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<row gap="4x"/>""")]
    [InlineData("""<text size="32p">x</text>""")]
    [InlineData("""<box radius="12xx"/>""")]
    public void A_number_with_a_unit_other_than_px_is_a_bad_value(string markup)
    {
        var error = Read(markup);

        Assert.Contains("expected a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_directly_inside_a_container_is_an_error_that_says_to_use_a_text_element()
    {
        var error = Read("""
            <column>
              <row>Rapat koordinasi</row>
            </column>
            """);

        Assert.Contains("Rapat koordinasi", error.Message, StringComparison.Ordinal);
        Assert.Contains("<row>", error.Message, StringComparison.Ordinal);
        Assert.Contains("<text>", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.MarkupLine);
    }

    [Fact]
    public void Image_without_src_is_an_error()
    {
        var error = Read("""
            <column>
              <image width="100"/>
            </column>
            """);

        Assert.Contains("src", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.MarkupLine);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Image_with_an_empty_src_is_an_error(string source)
    {
        var error = Read($"""<image src="{source}"/>""");

        Assert.Contains("src", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_gives_the_xml_line()
    {
        var error = Read("""
            <column>
              <row>
                <text>Judul</text>
            </column>
            """);

        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.MarkupLine);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public void Text_with_a_child_element_other_than_b_i_or_span_is_an_error()
    {
        var error = Read("""
            <column>
              <text>Tom &amp;
                <strong>Jerry</strong></text>
            </column>
            """);

        Assert.Contains("<text> cannot contain <strong>", error.Message, StringComparison.Ordinal);
        Assert.Contains("<b>, <i> or <span", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.MarkupLine);
    }

    [Fact]
    public void A_span_with_an_unknown_attribute_is_an_error_with_a_hint()
    {
        var error = Read("""<column><text>Halo <span colour="#FF0000">Blitar</span></text></column>""");

        Assert.Contains("'colour'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'color'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_elements_cannot_have_children()
    {
        var error = Read("<column><shape><text>x</text></shape></column>");

        Assert.Contains("<shape> cannot have content", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_callback_attaches_the_template_location_to_an_element_error()
    {
        var error = Read("<column>\n  <colum/>\n</column>", line => new ErrorLocation(File: "layout.sbn", Line: line + 10));

        Assert.Equal(new ErrorLocation(File: "layout.sbn", Line: 12), error.Location);
        Assert.Equal(2, error.MarkupLine);
        Assert.StartsWith("layout.sbn:12: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_callback_attaches_the_template_location_to_an_attribute_error()
    {
        var error = Read("<column>\n\n  <row gap=\"wide\"/>\n</column>", line => new ErrorLocation(File: "layout.sbn", Line: line * 2));

        Assert.Equal(new ErrorLocation(File: "layout.sbn", Line: 6), error.Location);
    }

    [Fact]
    public void Locate_callback_attaches_the_template_location_to_malformed_xml()
    {
        var error = Read("<column>\n<row>\n</column>", line => new ErrorLocation(File: "layout.sbn", Line: line));

        Assert.Equal(new ErrorLocation(File: "layout.sbn", Line: 3), error.Location);
    }

    [Fact]
    public void Error_without_a_locate_callback_has_no_location()
    {
        var error = Read("<colum/>");

        Assert.True(error.Location.IsEmpty);
    }

    [Fact]
    public void A_focus_that_is_no_point_word_or_auto_names_the_forms_accepted()
    {
        var error = Read("""<layers><image src="foto/a.jpg" focus="kiri"/></layers>""");

        Assert.Contains("focus", error.Message, StringComparison.Ordinal);
        Assert.Contains("'auto', 'top', 'center', 'bottom' (or atas, tengah, bawah)", error.Message, StringComparison.Ordinal);
        Assert.Contains("0.5,0.3", error.Message, StringComparison.Ordinal);
    }

    private static MarkupException Read(string markup, Func<int, ErrorLocation?>? locate = null) =>
        Assert.Throws<MarkupException>(() => MarkupReader.Read(markup, locate));
}
