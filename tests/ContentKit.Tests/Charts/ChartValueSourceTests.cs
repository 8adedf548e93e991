using System.Globalization;
using ContentKit.Data;
using ContentKit.Tests.Layout;

namespace ContentKit.Tests.Charts;

/// <summary>
/// A number reaches a chart as markup text written by a template. Whether the row came from an XLSX numeric
/// cell or from an Indonesian CSV's text, the chart must come out the same.
/// </summary>
public class ChartValueSourceTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    [Theory]
    [InlineData("bar", 45210d, "45.210")]
    [InlineData("horizontal-bar", 45210d, "45.210")]
    [InlineData("donut", 45210d, "45.210")]
    [InlineData("progress", 87.5d, "87,5")]
    [InlineData("pictogram", 7d, "7")]
    public void A_number_from_an_excel_cell_and_from_Indonesian_csv_text_give_identical_charts(string kind, double excelCell, string csvText)
    {
        Assert.True(CellParser.TryParseNumber(excelCell, Indonesian, out var fromExcel));
        Assert.True(CellParser.TryParseNumber(csvText, Indonesian, out var fromCsv));

        var excel = fonts.ArrangeNatural(Markup(kind, fromExcel)).Describe();
        var csv = fonts.ArrangeNatural(Markup(kind, fromCsv)).Describe();

        Assert.Equal(excel, csv);
    }

    [Fact]
    public void A_whole_number_written_with_a_decimal_point_gives_the_same_chart()
    {
        var plain = fonts.ArrangeNatural("""<chart kind="bar"><item label="Sananwetan" value="45210"/><item label="Sukorejo" value="64120"/></chart>""");
        var pointZero = fonts.ArrangeNatural("""<chart kind="bar"><item label="Sananwetan" value="45210.0"/><item label="Sukorejo" value="64120.00"/></chart>""");

        Assert.Equal(plain.Describe(), pointZero.Describe());
        Assert.Equal("45.210", pointZero.Values().First().Text);
    }

    /// <summary>What a template writes for a row's number: invariant digits with a dot for decimals.</summary>
    private static string Markup(string kind, double value) => $"""
        <chart kind="{kind}" max="100000">
          <item label="Sananwetan" value="{value.ToString("R", CultureInfo.InvariantCulture)}"/>
          <item label="Sukorejo" value="64120"/>
        </chart>
        """;
}
