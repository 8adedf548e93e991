using ContentKit.Data;

namespace ContentKit.Tests.Data;

public class CellParserNumberTests
{
    [Theory]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1234,5", 1234.5)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("1.234.567,89", 1234567.89)]
    [InlineData("1234.5", 1234.5)]
    [InlineData("1.234", 1234)]
    [InlineData("0,5", 0.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("-1.234,5", -1234.5)]
    [InlineData("Rp 1.250.000", 1250000)]
    [InlineData("Rp1.250.000", 1250000)]
    [InlineData("Rp. 1.250.000", 1250000)]
    [InlineData("Rp 50.000,-", 50000)]
    [InlineData("IDR 2.500", 2500)]
    [InlineData("12%", 12)]
    [InlineData("12,5 %", 12.5)]
    [InlineData("  45  ", 45)]
    [InlineData("\u00a0Rp\u00a01.250\u00a0", 1250)]
    public void Indonesian_number_text_is_read(string text, double expected)
    {
        Assert.True(CellParser.TryParseNumber(text, Cultures.Indonesian, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("1,234", 1234)]
    [InlineData("1.234", 1.234)]
    [InlineData("$1,234.50", 1234.5)]
    public void English_number_text_is_read(string text, double expected)
    {
        Assert.True(CellParser.TryParseNumber(text, Cultures.English, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("Rp")]
    [InlineData("1.23.4")]
    [InlineData("12.34.56")]
    [InlineData("1,2,3")]
    [InlineData("1.234,5,6")]
    [InlineData("1 234")]
    [InlineData("--1")]
    [InlineData("1e5")]
    [InlineData("0x10")]
    public void Text_that_is_not_a_number_is_refused(string text)
    {
        Assert.False(CellParser.TryParseNumber(text, Cultures.Indonesian, out _));
    }

    [Fact]
    public void Number_cells_pass_through_and_other_cells_are_not_numbers()
    {
        Assert.True(CellParser.TryParseNumber(1250000.5, Cultures.Indonesian, out var number));
        Assert.Equal(1250000.5, number);
        Assert.False(CellParser.TryParseNumber(null, Cultures.Indonesian, out _));
        Assert.False(CellParser.TryParseNumber(true, Cultures.Indonesian, out _));
        Assert.False(CellParser.TryParseNumber(new DateTime(2022, 11, 8), Cultures.Indonesian, out _));
    }
}
