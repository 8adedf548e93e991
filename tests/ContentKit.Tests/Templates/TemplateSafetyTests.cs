using ContentKit.Layout.Markup;

namespace ContentKit.Tests.Templates;

public sealed class TemplateSafetyTests
{
    private static readonly Dictionary<string, object?> Row = new() { ["judul"] = "Halo", ["tanggal"] = new DateTime(2022, 11, 8), ["jumlah"] = 1250000.0 };

    [Fact]
    public void Values_written_by_expressions_are_escaped_and_template_text_is_not()
    {
        var template = new TemplateFolder("<column><text>{{ row.judul }}</text></column>");

        var markup = template.Markup(new Dictionary<string, object?> { ["judul"] = "<b>Tom & \"Jerry\"</b>" });

        Assert.Contains("<text>&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</text>", markup, StringComparison.Ordinal);
        Assert.StartsWith("<column>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_that_looks_like_a_template_is_printed_not_evaluated()
    {
        var template = new TemplateFolder("<column><text>{{ row.judul }}</text></column>");

        var markup = template.Markup(new Dictionary<string, object?> { ["judul"] = "{{ 6*7 }}" });

        Assert.Contains("{{ 6*7 }}", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("42", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_is_an_error_naming_the_template_line_and_the_right_name()
    {
        var template = new TemplateFolder("<column>\n  <text>{{ row.judl }}</text>\n</column>");

        var error = Assert.ThrowsAny<ContentKitException>(() => template.Markup(Row));

        Assert.Equal(2, error.Location.Line);
        Assert.EndsWith("layout.sbn", error.Location.File, StringComparison.Ordinal);
        Assert.Contains("judl", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'judul'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_top_level_name_is_an_error()
    {
        var template = new TemplateFolder("<column><text>{{ rwo.judul }}</text></column>");

        var error = Assert.ThrowsAny<ContentKitException>(() => template.Markup(Row));

        Assert.Contains("rwo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endless_loop_stops_at_the_loop_limit()
    {
        var template = new TemplateFolder("<column>{{ while true }}x{{ end }}</column>");

        var error = Assert.ThrowsAny<ContentKitException>(() => template.Markup(Row));

        Assert.Contains("loop", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, error.Location.Line);
    }

    [Fact]
    public void Deep_recursion_stops_at_the_recursion_limit()
    {
        var template = new TemplateFolder("{{ func f(n) }}{{ f(n + 1) }}{{ end }}<column>{{ f(1) }}</column>");

        var error = Assert.ThrowsAny<ContentKitException>(() => template.Markup(Row));

        Assert.Contains("recursive", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Runaway_output_stops_at_the_output_limit()
    {
        var template = new TemplateFolder("<column>{{ for i in 1..900 }}{{ for j in 1..900 }}xxxxxxxxxx{{ end }}{{ end }}</column>");

        Assert.ThrowsAny<ContentKitException>(() => template.Markup(Row));
    }

    [Fact]
    public void Include_reads_files_inside_the_template_folder()
    {
        var template = new TemplateFolder("<column>{{ include 'kop.sbn' }}</column>");
        File.WriteAllText(Path.Combine(template.Folder, "kop.sbn"), "<text>{{ row.judul }}</text>");

        Assert.Contains("<text>Halo</text>", template.Markup(Row), StringComparison.Ordinal);
    }

    [Fact]
    public void Include_cannot_leave_the_template_folder()
    {
        var template = new TemplateFolder("<column>{{ include '../secret.sbn' }}</column>");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(template.Folder)!, "secret.sbn"), "<text>rahasia</text>");

        var error = Assert.ThrowsAny<ContentKitException>(() => template.Markup(Row));

        Assert.Contains("outside the template folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Functions_cannot_be_replaced_by_the_template()
    {
        var template = new TemplateFolder("{{ tanggal = 1 }}<column/>");

        Assert.ThrowsAny<ContentKitException>(() => template.Markup(Row));
    }

    [Fact]
    public void Indonesian_functions_format_row_values()
    {
        var template = new TemplateFolder("<column><text>{{ row.tanggal | tanggal }} {{ row.jumlah | rupiah }} {{ row.jumlah | angka }}</text></column>");

        Assert.Contains("Selasa, 8 November 2022 Rp 1.250.000 1.250.000", template.Markup(Row), StringComparison.Ordinal);
    }

    [Fact]
    public void Set_values_are_read_from_job()
    {
        var template = new TemplateFolder("<column><text>{{ job.sumber }}</text></column>");

        Assert.Contains("<text>BPS Kota Blitar</text>", template.Markup(Row, new Dictionary<string, string> { ["sumber"] = "BPS Kota Blitar" }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_markup_error_names_the_template_line_that_wrote_it()
    {
        var template = new TemplateFolder("{{~ c = 1 ~}}\n<column>\n  <text>{{ row.judul }}</text>\n  <row gapp=\"4\"/>\n</column>");

        var error = Assert.Throws<MarkupException>(() => template.Png(Row));

        Assert.Contains("gapp", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'gap'", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Location.Line);
        Assert.EndsWith("layout.sbn", error.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_markup_error_after_a_loop_names_the_template_line()
    {
        var template = new TemplateFolder("<column>\n{{ for i in 1..3 }}\n  <text>{{ i }}</text>\n{{ end }}\n  <colum/>\n</column>");

        var error = Assert.Throws<MarkupException>(() => template.Png(Row));

        Assert.Contains("Did you mean 'column'", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, error.Location.Line);
    }

    [Fact]
    public void A_template_syntax_error_fails_loading_with_its_line()
    {
        var template = new TemplateFolder("<column>\n{{ if row.judul }}\n<text/>\n</column>");

        var error = Assert.ThrowsAny<ContentKitException>(template.Load);

        Assert.EndsWith("layout.sbn", error.Location.File, StringComparison.Ordinal);
        Assert.NotNull(error.Location.Line);
    }

    [Theory]
    [InlineData("{ \"id\": \"uji\", \"title\": \"Uji\", \"formats\": [], \"fields\": [] }", "formats is empty")]
    [InlineData("{ \"id\": \"uji\", \"title\": \"Uji\", \"formats\": [ { \"name\": \"feed\", \"width\": 10, \"height\": 250 } ], \"fields\": [] }", "16 to 8192")]
    [InlineData("{ \"id\": \"uji\", \"title\": \"Uji\", \"formats\": [ { \"name\": \"feed\", \"width\": 200, \"height\": 250 } ], \"fields\": [ { \"name\": \"Judul Acara\" } ] }", "lower-case")]
    [InlineData("{ \"id\": \"uji\", \"title\": \"Uji\", \"formatz\": [] }", "formatz")]
    [InlineData("{ \"id\": \"uji\", \"title\": \"Uji\", \"formats\": [ { \"name\": \"feed\", \"width\": 200, \"height\": 250 } ], \"fields\": [ { \"name\": \"judul\", \"type\": \"teks\" } ] }", "fields")]
    [InlineData("{ \"id\": \"uji\",\n \"title\": ", "template.json")]
    public void A_broken_manifest_is_an_error_naming_the_problem(string manifest, string expected)
    {
        var template = new TemplateFolder("<column/>", manifest);

        var error = Assert.ThrowsAny<ContentKitException>(template.Load);

        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_template_id_suggests_the_nearest_one()
    {
        var error = Assert.ThrowsAny<ContentKitException>(() => TemplateFolder.Library.Load("pengumunan"));

        Assert.Contains("Did you mean 'pengumuman'", error.Message, StringComparison.Ordinal);
    }
}
