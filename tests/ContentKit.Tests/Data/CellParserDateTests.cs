using System.Globalization;
using ContentKit.Data;

namespace ContentKit.Tests.Data;

public class CellParserDateTests
{
    [Theory]
    [InlineData("08/11/2022", 2022, 11, 8)]
    [InlineData("8/11/2022", 2022, 11, 8)]
    [InlineData("8/1/2022", 2022, 1, 8)]
    [InlineData("08-11-2022", 2022, 11, 8)]
    [InlineData("08.11.2022", 2022, 11, 8)]
    [InlineData("2022-11-08", 2022, 11, 8)]
    [InlineData("8 November 2022", 2022, 11, 8)]
    [InlineData("8 Nov 2022", 2022, 11, 8)]
    [InlineData("8 nov. 2022", 2022, 11, 8)]
    [InlineData("Selasa, 8 November 2022", 2022, 11, 8)]
    [InlineData("Jum'at, 11 November 2022", 2022, 11, 11)]
    [InlineData("17 Agustus 2022", 2022, 8, 17)]
    [InlineData("17 Agu 2022", 2022, 8, 17)]
    [InlineData("17 Agt 2022", 2022, 8, 17)]
    [InlineData("1 Mei 2023", 2023, 5, 1)]
    [InlineData("1 Okt 2023", 2023, 10, 1)]
    [InlineData("25 Des 2023", 2023, 12, 25)]
    [InlineData("8 Nopember 2022", 2022, 11, 8)]
    [InlineData("Tuesday, 8 November 2022", 2022, 11, 8)]
    [InlineData("1 May 2023", 2023, 5, 1)]
    [InlineData("\u00a0 29/02/2024 ", 2024, 2, 29)]
    public void Indonesian_date_text_is_read(string text, int year, int month, int day)
    {
        Assert.True(CellParser.TryParseDate(text, Cultures.Indonesian, out var date));
        Assert.Equal(new DateTime(year, month, day), date);
        Assert.Equal(DateTimeKind.Unspecified, date.Kind);
    }

    [Theory]
    [InlineData("id-ID", "11/08/2022", 8, 11)]
    [InlineData("en-GB", "11/08/2022", 8, 11)]
    [InlineData("en-US", "11/08/2022", 11, 8)]
    [InlineData("en-US", "11-08-2022", 11, 8)]
    [InlineData("en-US", "1/8/2022", 1, 8)]
    [InlineData("", "11/08/2022", 11, 8)]
    [InlineData("en-US", "2022-08-11", 8, 11)]
    public void Numeric_dates_are_month_first_only_where_the_culture_writes_the_month_first(string culture, string text, int month, int day)
    {
        Assert.True(CellParser.TryParseDate(text, CultureInfo.GetCultureInfo(culture), out var date));
        Assert.Equal(new DateTime(2022, month, day), date);
    }

    [Fact]
    public void Day_past_twelve_in_the_month_place_is_not_a_date_in_en_US()
    {
        Assert.False(CellParser.TryParseDate("17/08/2022", Cultures.English, out _));
        Assert.True(CellParser.TryParseDate("08/17/2022", Cultures.English, out var date));
        Assert.Equal(new DateTime(2022, 8, 17), date);
    }

    [Fact]
    public void Month_names_of_the_given_culture_are_understood()
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");

        Assert.True(CellParser.TryParseDate("mardi, 8 novembre 2022", french, out var date));
        Assert.Equal(new DateTime(2022, 11, 8), date);
        Assert.False(CellParser.TryParseDate("8 novembre 2022", Cultures.Indonesian, out _));
    }

    [Fact]
    public void Date_cells_pass_through_and_numbers_are_excel_serial_dates()
    {
        var cell = new DateTime(2022, 11, 8, 9, 0, 0);

        Assert.True(CellParser.TryParseDate(cell, Cultures.Indonesian, out var passed));
        Assert.Equal(cell, passed);
        Assert.True(CellParser.TryParseDate(44873.25, Cultures.Indonesian, out var serial));
        Assert.Equal(new DateTime(2022, 11, 8, 6, 0, 0), serial);
    }

    [Theory]
    [InlineData("31/02/2022")]
    [InlineData("13/13/2022")]
    [InlineData("2022/11/08")]
    [InlineData("08/11/22")]
    [InlineData("08/11-2022")]
    [InlineData("11/2022")]
    [InlineData("8 Foo 2022")]
    [InlineData("Besok, 8 November 2022")]
    [InlineData("44873")]
    [InlineData("")]
    public void Text_that_is_not_a_date_is_refused(string text)
    {
        Assert.False(CellParser.TryParseDate(text, Cultures.Indonesian, out _));
    }

    [Fact]
    public void Empty_cells_booleans_and_impossible_serials_are_not_dates()
    {
        Assert.False(CellParser.TryParseDate(null, Cultures.Indonesian, out _));
        Assert.False(CellParser.TryParseDate(true, Cultures.Indonesian, out _));
        Assert.False(CellParser.TryParseDate(-1.0, Cultures.Indonesian, out _));
        Assert.False(CellParser.TryParseDate(3e6, Cultures.Indonesian, out _));
    }
}
