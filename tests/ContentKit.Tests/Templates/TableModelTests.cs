namespace ContentKit.Tests.Templates;

/// <summary>
/// What a layout bound to a table sees on each page: <c>rows</c> and <c>table</c> for the whole table, <c>page</c>
/// for the page's own rows and place, in the order <c>order_by</c> gives.
/// </summary>
public sealed class TableModelTests
{
    private const string TableManifest = """
        {
          "id": "uji", "title": "Uji", "binding": "table", "order_by": "jumlah:desc", "page_size": { "feed": 2 },
          "formats": [ { "name": "feed", "width": 200, "height": 250 } ],
          "fields": [ { "name": "judul", "type": "text", "required": true }, { "name": "jumlah", "type": "number" } ]
        }
        """;

    private const string Layout = """
        <column>{{ for r in rows }}{{ r.judul }},{{ end }}|{{ for r in page.rows }}{{ r.judul }},{{ end }}|{{ table.count }} {{ table.sum.jumlah }} {{ table.max.jumlah }} {{ table.min.jumlah }}|{{ page.number }}/{{ page.count }} {{ page.first }}-{{ page.last }} of {{ page.size }} {{ page.sum.jumlah }} {{ page.max.jumlah }} {{ row.judul }}</column>
        """;

    private static readonly (string Judul, double? Jumlah)[] Table = [("a", 10), ("b", 40), ("c", null), ("d", 25), ("e", 5)];

    [Fact]
    public void Every_page_sees_the_whole_table_and_its_own_rows_largest_first()
    {
        var pages = Pages(Layout);

        Assert.Equal(
            [
                "b,d,a,e,c,|b,d,|5 80 40 5|1/3 1-2 of 2 65 40 b",
                "b,d,a,e,c,|a,e,|5 80 40 5|2/3 3-4 of 2 15 10 a",
                "b,d,a,e,c,|c,|5 80 40 5|3/3 5-5 of 2 0  c",
            ],
            pages);
    }

    [Fact]
    public void A_misspelt_total_names_the_fields_that_have_totals()
    {
        var error = Assert.ThrowsAny<ContentKitException>(() => Pages("<column>{{ table.sum.jumlh }}</column>"));

        Assert.Contains("jumlah", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_order_by_naming_no_field_is_a_manifest_error()
    {
        var folder = new TemplateFolder("<column/>", TableManifest.Replace("jumlah:desc", "jumlah:besar", StringComparison.Ordinal));

        var error = Assert.Throws<ContentKitException>(folder.Load);

        Assert.Contains("order_by 'jumlah:besar'", error.Message, StringComparison.Ordinal);
    }

    private static List<string> Pages(string layout)
    {
        var folder = new TemplateFolder(layout, TableManifest);
        using var renderer = new Renderer(TemplateFolder.Library, folder.Load());
        var rows = Table.Select((r, i) => renderer.Bind(new Dictionary<string, object?> { ["judul"] = r.Judul, ["jumlah"] = r.Jumlah }, i + 2)).ToList();
        Assert.All(rows, row => Assert.True(row.IsValid, string.Join("; ", row.Errors)));
        var feed = renderer.Template.Format("feed");
        return [.. renderer.Template.Plan(rows, feed).Select(unit => Text(renderer.RenderMarkup(unit, feed)))];
    }

    private static string Text(string markup) => System.Xml.Linq.XElement.Parse(markup).Value.Trim();
}
