using ContentKit.Templates.Functions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ContentKit.Tests.Templates.Functions;

public sealed class ContentFunctionsTests
{
    [Theory]
    [InlineData("{{ row.tanggal | tanggal }}", "Selasa, 8 November 2022")]
    [InlineData("{{ tanggal row.tanggal }}", "Selasa, 8 November 2022")]
    [InlineData("{{ row.tanggal | tanggal 'short' }}", "8 Nov 2022")]
    [InlineData("{{ tanggal('2022-11-08', 'dd MMMM yyyy') }}", "08 November 2022")]
    [InlineData("{{ '08/11/2022' | tanggal 'numeric' }}", "08/11/2022")]
    [InlineData("{{ row.tanggal | jam }}", "09.30 WIB")]
    [InlineData("{{ row.jam | jam 'WITA' }}", "09.00 WITA")]
    [InlineData("{{ '09.00 - 12.00 WIB' | jam }}", "09.00 - 12.00 WIB")]
    [InlineData("{{ row.peserta | angka }}", "1.250")]
    [InlineData("{{ 1234.5 | angka 1 }}", "1.234,5")]
    [InlineData("{{ '1.234,5' | angka 2 }}", "1.234,50")]
    [InlineData("{{ row.anggaran | rupiah }}", "Rp 443.864.000.000")]
    [InlineData("{{ row.anggaran | rupiah_singkat }}", "Rp 443,86 miliar")]
    [InlineData("{{ 87.5 | persen 1 }}", "87,5%")]
    [InlineData("{{ persen 87.5 }}", "88%")]
    [InlineData("{{ 120 | terbilang }}", "seratus dua puluh")]
    [InlineData("{{ row.judul | slug }}", "rapat-koordinasi-lintas-sektor")]
    [InlineData("{{ row.judul | potong 20 }}", "Rapat Koordinasi…")]
    [InlineData("{{ row.judul | huruf_besar }}", "RAPAT KOORDINASI LINTAS SEKTOR")]
    [InlineData("{{ 'kota blitar' | judul }}", "Kota Blitar")]
    [InlineData("{{ row.anggaran | rupiah_singkat | huruf_besar }}", "RP 443,86 MILIAR")]
    [InlineData("{{ selisih_hari '2026-08-10' '17/08/2026' }}", "7")]
    [InlineData("{{ '2026-08-17 23:00' | selisih_hari '2026-08-10 06:00' }}", "-7")]
    [InlineData("{{ selisih_hari '2026-12-31' '2027-01-01' }}", "1")]
    public void Templates_call_each_function_by_name_and_through_pipes(string source, string expected) =>
        Assert.Equal(expected, Render(source));

    [Theory]
    [InlineData("tanggal")]
    [InlineData("jam")]
    [InlineData("angka")]
    [InlineData("rupiah")]
    [InlineData("terbilang")]
    [InlineData("judul")]
    public void Functions_write_nothing_for_an_empty_cell(string function) =>
        Assert.Equal("[]", Render($"[{{{{ row.kosong | {function} }}}}]"));

    [Fact]
    public void Functions_work_inside_loops_over_rows() =>
        Assert.Equal("Rp 1,5 juta; Rp 950; ", Render("{{ for r in rows }}{{ r | rupiah_singkat }}; {{ end }}"));

    [Fact]
    public void An_unreadable_value_fails_at_its_template_line_naming_the_function()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Render("Judul\n{{ 'besok' | tanggal }}"));

        Assert.Equal(1, error.Span.Start.Line);
        Assert.Contains("tanggal: cannot read \"besok\" as a date such as 2022-11-08", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_option_fails_naming_the_function_and_the_option()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Render("{{ 5 | angka 'dua' }}"));

        Assert.Contains("angka: decimals must be a whole number, not \"dua\".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Potong_requires_a_length() =>
        Assert.Throws<ScriptRuntimeException>(() => Render("{{ row.judul | potong }}"));

    [Fact]
    public void A_function_rejects_extra_arguments() =>
        Assert.Throws<ScriptRuntimeException>(() => Render("{{ rupiah 1 2 }}"));

    [Theory]
    [InlineData("{{ tanggal = 1 }}")]
    [InlineData("{{ func rupiah; ret 1; end }}")]
    public void Templates_cannot_replace_a_function(string source)
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Render(source));

        Assert.Contains("readonly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_can_still_assign_their_own_variables() =>
        Assert.Equal("Rp 5.000", Render("{{ harga = 5000 }}{{ harga | rupiah }}"));

    [Fact]
    public void Functions_also_work_pushed_as_their_own_global()
    {
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(ContentFunctions.Create());

        Assert.Equal("seribu", Template.Parse("{{ 1000 | terbilang }}").Render(context));
    }

    [Fact]
    public void Create_holds_exactly_the_documented_functions() =>
        Assert.Equal(
            ["angka", "huruf_besar", "jam", "judul", "lebar_qr", "persen", "potong", "rupiah", "rupiah_singkat", "selisih_hari", "slug", "tanggal", "terbilang"],
            ContentFunctions.Create().Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Create_returns_a_read_only_object_with_read_only_members()
    {
        var functions = ContentFunctions.Create();

        Assert.True(functions.IsReadOnly);
        Assert.All(functions.Keys, name => Assert.False(functions.CanWrite(name)));
        Assert.ThrowsAny<InvalidOperationException>(() => functions["tanggal"] = "diganti");
    }

    [Fact]
    public void Create_returns_a_fresh_copy_that_changes_to_another_copy_cannot_reach()
    {
        var first = ContentFunctions.Create();
        first.IsReadOnly = false;
        first.Remove("tanggal");

        Assert.NotSame(first, ContentFunctions.Create());
        Assert.True(ContentFunctions.Create().ContainsKey("tanggal"));
    }

    internal static string Render(string source)
    {
        var template = Template.Parse(source);
        Assert.False(template.HasErrors, string.Join(Environment.NewLine, template.Messages));

        var model = new ScriptObject
        {
            ["row"] = new ScriptObject
            {
                ["tanggal"] = new DateTime(2022, 11, 8, 9, 30, 0),
                ["jam"] = "9:00",
                ["peserta"] = 1250,
                ["anggaran"] = 443_864_000_000d,
                ["judul"] = "Rapat Koordinasi Lintas Sektor",
                ["kosong"] = null,
            },
            ["rows"] = new ScriptArray { 1_500_000, 950 },
        };
        model.Import(ContentFunctions.Create());
        var context = new TemplateContext { StrictVariables = true, EnableRelaxedMemberAccess = false };
        context.PushGlobal(model);
        return template.Render(context);
    }
}
