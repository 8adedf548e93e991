using ContentKit.Templates.Functions;

namespace ContentKit.Tests.Templates.Functions;

public sealed class IndonesianFormatDateTests
{
    private static readonly DateTime ElectionDay = new(2022, 11, 8, 9, 30, 0);

    [Fact]
    public void Date_long_style_names_the_weekday_in_Indonesian() =>
        Assert.Equal("Selasa, 8 November 2022", IndonesianFormat.Date(ElectionDay));

    [Theory]
    [InlineData("long", "Selasa, 8 November 2022")]
    [InlineData("", "Selasa, 8 November 2022")]
    [InlineData("date", "8 November 2022")]
    [InlineData("short", "8 Nov 2022")]
    [InlineData("numeric", "08/11/2022")]
    [InlineData("day", "Selasa")]
    [InlineData("month", "November 2022")]
    public void Date_writes_each_named_style(string style, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Date(ElectionDay, style));

    [Theory]
    [InlineData("dd MMMM yyyy", "08 November 2022")]
    [InlineData("dddd", "Selasa")]
    [InlineData("ddd, d MMM", "Sel, 8 Nov")]
    [InlineData("d MMMM yyyy HH:mm", "8 November 2022 09.30")]
    [InlineData("D", "Selasa, 8 November 2022")]
    public void Date_reads_other_styles_as_patterns_with_Indonesian_names(string pattern, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Date(ElectionDay, pattern));

    [Fact]
    public void Date_names_every_weekday_from_Minggu_to_Sabtu()
    {
        var week = Enumerable.Range(6, 7).Select(day => IndonesianFormat.Date(new DateTime(2022, 11, day), "day"));

        Assert.Equal(["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"], week);
    }

    [Fact]
    public void Date_names_every_month_in_full_and_abbreviated()
    {
        var months = Enumerable.Range(1, 12).Select(month => new DateTime(2023, month, 1)).ToList();

        Assert.Equal(
            ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
            months.Select(date => IndonesianFormat.Date(date, "MMMM")));
        Assert.Equal(
            ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
            months.Select(date => IndonesianFormat.Date(date, "MMM")));
    }

    [Fact]
    public void Date_of_new_year_at_midnight_is_a_plain_date() =>
        Assert.Equal("Minggu, 1 Januari 2023", IndonesianFormat.Date(new DateTime(2023, 1, 1, 0, 0, 0)));

    [Fact]
    public void Date_with_a_broken_pattern_explains_the_styles()
    {
        var error = Assert.Throws<ArgumentException>(() => IndonesianFormat.Date(ElectionDay, "dd 'MMMM"));

        Assert.Contains("long, date, short, numeric, day, month", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WIB", "09.30 WIB")]
    [InlineData("wita", "09.30 WITA")]
    [InlineData("WIT", "09.30 WIT")]
    [InlineData("", "09.30")]
    public void Time_writes_hours_dot_minutes_and_the_zone(string zone, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Time(ElectionDay, zone));

    [Fact]
    public void Time_at_midnight_is_00_00() =>
        Assert.Equal("00.00 WIB", IndonesianFormat.Time(new DateTime(2022, 11, 8)));

    [Fact]
    public void Time_of_a_time_span_ignores_seconds() =>
        Assert.Equal("23.59 WIB", IndonesianFormat.Time(new TimeSpan(23, 59, 59)));

    [Theory]
    [InlineData("9:00", "09.00 WIB")]
    [InlineData("09.00", "09.00 WIB")]
    [InlineData(" 13:45 ", "13.45 WIB")]
    [InlineData("0:00", "00.00 WIB")]
    public void Time_reads_clock_text_with_colon_or_dot(string text, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Time(text));

    [Theory]
    [InlineData("09.00 - 12.00 WIB")]
    [InlineData("selesai")]
    [InlineData("0900")]
    public void Time_returns_other_text_unchanged(string text) =>
        Assert.Equal(text, IndonesianFormat.Time(text));

    [Theory]
    [InlineData("24:00")]
    [InlineData("9:60")]
    public void Time_rejects_a_clock_outside_the_day(string text) =>
        Assert.Throws<ArgumentException>(() => IndonesianFormat.Time(text));

    [Fact]
    public void Time_rejects_a_span_of_a_whole_day() =>
        Assert.Throws<ArgumentException>(() => IndonesianFormat.Time(TimeSpan.FromDays(1)));

    [Fact]
    public void Time_rejects_a_zone_outside_Indonesia()
    {
        var error = Assert.Throws<ArgumentException>(() => IndonesianFormat.Time("9:00", "UTC"));

        Assert.Contains("WIB, WITA, WIT", error.Message, StringComparison.Ordinal);
    }
}
