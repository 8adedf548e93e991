using ContentKit.Checks;
using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Templates;

namespace ContentKit.Tests.Templates;

/// <summary>
/// Each text element knows the fields the template wrote into it (marked by the markup writer, taken out by the markup
/// reader), so reports and the design check name fields without searching texts for values.
/// </summary>
public class FieldProvenanceTests
{
    private const string Manifest = """
        {
          "id": "uji",
          "title": "Uji",
          "formats": [ { "name": "feed", "width": 400, "height": 500 } ],
          "alt": "{{ row.judul }} di {{ row.tempat }}",
          "fields": [
            { "name": "judul", "type": "text", "required": true },
            { "name": "tempat", "type": "text" },
            { "name": "agenda", "type": "list" }
          ]
        }
        """;

    private static readonly Dictionary<string, object?> Values = new()
    {
        ["judul"] = "Rapat",
        ["tempat"] = "Aula Kecamatan",
        ["agenda"] = "Pembukaan; Laporan",
    };

    [Fact]
    public void A_text_built_from_two_fields_names_both_in_the_order_written()
    {
        var texts = Texts("""<column><text>{{ row.judul }} di {{ row.tempat | string.upcase }}</text></column>""");

        Assert.Equal<string>(["judul", "tempat"], Assert.Single(texts).Fields);
        Assert.Equal("Rapat di AULA KECAMATAN", texts[0].Text);
    }

    [Fact]
    public void A_literal_text_names_no_field_even_when_a_value_appears_in_it()
    {
        // The old guess searched texts for values: "Rapat" (judul) is inside this literal, which it then named 'judul'.
        var texts = Texts("""<column><text>Rapat Koordinasi Bulanan</text><text>{{ "Informasi" }}</text></column>""");

        Assert.All(texts, text => Assert.Empty(text.Fields));
    }

    [Fact]
    public void A_condition_does_not_lend_its_field_to_the_text_it_guards()
    {
        var texts = Texts("""<column>{{ if row.tempat != "" }}<text>{{ "Lokasi" }}</text>{{ end }}</column>""");

        Assert.Empty(Assert.Single(texts).Fields);
    }

    [Fact]
    public void A_variable_and_a_list_item_keep_the_field_they_came_from()
    {
        var texts = Texts("""
            <column>
            {{ nama = row.judul }}
            <text>{{ nama }}</text>
            {{ for item in row.agenda }}<text>{{ item }}</text>{{ end }}
            </column>
            """);

        Assert.Equal([["judul"], ["agenda"], ["agenda"]], texts.Select(t => t.Fields.ToArray()));
    }

    [Fact]
    public void A_cell_cannot_pass_itself_off_as_another_field()
    {
        var values = new Dictionary<string, object?>(Values) { ["judul"] = "\uFDD0tempat\uFDD1Rapat" };

        var text = Assert.Single(Texts("""<column><text>{{ row.judul }}</text></column>""", values));

        Assert.Equal<string>(["judul"], text.Fields);
        // The mark characters are dropped from the value; what is left of it is shown as written.
        Assert.Equal("tempatRapat", text.Text);
    }

    [Fact]
    public void An_image_and_a_qr_code_name_the_field_in_their_source()
    {
        var root = Lay("""<column><qr data="https://blitarkota.go.id/{{ row.tempat | string.downcase }}" width="100"/></column>""", Values);

        Assert.Equal<string>(["tempat"], root.Descendants().Single(b => b.Element is QrElement).Element.Fields);
    }

    [Fact]
    public void The_text_report_names_both_fields_of_a_cut_text_and_none_of_a_cut_literal()
    {
        var root = Lay("""
            <column>
            <text size="40" height="60">{{ row.judul }} di {{ row.tempat }} dan sekitarnya, bersama seluruh warga kelurahan</text>
            <text size="40" height="60">Rapat Koordinasi Bulanan seluruh perangkat kelurahan se-Kota Blitar</text>
            </column>
            """, Values);

        var (adjustments, _) = TextReport.Collect(root, RenderUnit.Of(new BoundRow(2, Values, [])), "feed");

        Assert.Equal(2, adjustments.Count);
        Assert.Equal<string>(["judul", "tempat"], adjustments[0].Fields);
        Assert.Equal("judul", adjustments[0].Field);
        Assert.Contains("'judul', 'tempat'", adjustments[0].Describe(), StringComparison.Ordinal);
        Assert.Null(adjustments[1].Field);
        Assert.Empty(adjustments[1].Fields);
    }

    [Fact]
    public void Marks_reach_no_output_the_markup_a_person_reads_and_the_alt_text_are_clean()
    {
        var folder = new TemplateFolder("""<column><text>{{ row.judul }} di {{ row.tempat }}</text></column>""", Manifest);
        using var renderer = new Renderer(TemplateFolder.Library, folder.Load());
        var row = renderer.Bind(Values);
        var feed = renderer.Template.Format("feed");

        var markup = renderer.RenderMarkup(row, feed);
        var alt = renderer.Describe(RenderUnit.Of(row), feed)!.Alt;

        Assert.Equal("<column><text>Rapat di Aula Kecamatan</text></column>", markup);
        Assert.Equal("Rapat di Aula Kecamatan", alt);
    }

    private static List<TextElement> Texts(string layout, IReadOnlyDictionary<string, object?>? values = null) =>
        [.. Lay(layout, values ?? Values).Descendants().Select(b => b.Element).OfType<TextElement>()];

    private static LayoutBox Lay(string layout, IReadOnlyDictionary<string, object?> values)
    {
        var folder = new TemplateFolder(layout, Manifest);
        using var renderer = new Renderer(TemplateFolder.Library, folder.Load());
        var row = renderer.Bind(values);
        Assert.True(row.IsValid, string.Join("; ", row.Errors));
        return renderer.Layout(row, renderer.Template.Format("feed"), CancellationToken.None);
    }
}
