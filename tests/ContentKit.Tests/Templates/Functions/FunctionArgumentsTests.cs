using System.Numerics;
using ContentKit.Templates.Functions;

namespace ContentKit.Tests.Templates.Functions;

public sealed class FunctionArgumentsTests
{
    [Theory]
    [InlineData("2022-11-08")]
    [InlineData("08/11/2022")]
    [InlineData("8/11/2022")]
    [InlineData(" 2022-11-08 ")]
    public void ToDate_reads_ISO_and_day_first_text(string text) =>
        Assert.Equal(new DateTime(2022, 11, 8), FunctionArguments.ToDate(text));

    [Fact]
    public void ToDate_reads_a_time_after_the_date() =>
        Assert.Equal(new DateTime(2022, 11, 8, 9, 30, 0), FunctionArguments.ToDate("2022-11-08T09:30"));

    [Fact]
    public void ToDate_keeps_the_clock_time_of_a_date_time_offset() =>
        Assert.Equal(
            new DateTime(2022, 11, 8, 9, 0, 0),
            FunctionArguments.ToDate(new DateTimeOffset(2022, 11, 8, 9, 0, 0, TimeSpan.FromHours(7))));

    [Theory]
    [InlineData("11/31/2022")]
    [InlineData("besok")]
    public void ToDate_rejects_text_that_is_not_a_date_and_says_what_it_expected(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => FunctionArguments.ToDate(text));

        Assert.Equal($"cannot read \"{text}\" as a date such as 2022-11-08 or 08/11/2022.", error.Message);
    }

    [Theory]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1.250.000", 1250000)]
    [InlineData("1.234", 1234)]
    [InlineData("12,5", 12.5)]
    [InlineData("-1.234,5", -1234.5)]
    [InlineData("1234.5", 1234.5)]
    [InlineData("1.5", 1.5)]
    [InlineData(" 42 ", 42)]
    public void ToNumber_reads_Indonesian_text_first_then_invariant_text(string text, double expected) =>
        Assert.Equal(expected, FunctionArguments.ToNumber(text));

    [Fact]
    public void ToNumber_reads_every_kind_of_dotnet_number()
    {
        object[] numbers = [5, 5L, 5.0, 5f, 5m, (byte)5, new BigInteger(5)];

        Assert.All(numbers, number => Assert.Equal(5, FunctionArguments.ToNumber(number)));
    }

    [Theory]
    [InlineData("1,234.5")]
    [InlineData("Rp 5.000")]
    [InlineData("12.34.5")]
    [InlineData(true)]
    public void ToNumber_rejects_values_that_are_not_numbers(object value) =>
        Assert.Throws<ArgumentException>(() => FunctionArguments.ToNumber(value));

    [Fact]
    public void ToWholeNumber_keeps_longs_beyond_double_precision() =>
        Assert.Equal(9_007_199_254_740_993L, FunctionArguments.ToWholeNumber(9_007_199_254_740_993L));

    [Fact]
    public void ToWholeNumber_rejects_a_fraction() =>
        Assert.Throws<ArgumentException>(() => FunctionArguments.ToWholeNumber("12,5"));

    [Fact]
    public void ToCount_names_the_option_in_its_error()
    {
        var error = Assert.Throws<ArgumentException>(() => FunctionArguments.ToCount("dua", "decimals"));

        Assert.Equal("decimals must be a whole number, not \"dua\".", error.Message);
    }

    [Fact]
    public void ToText_writes_numbers_in_invariant_form() =>
        Assert.Equal("1234.5", FunctionArguments.ToText(1234.5));
}
