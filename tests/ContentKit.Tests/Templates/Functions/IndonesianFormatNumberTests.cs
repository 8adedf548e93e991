using ContentKit.Templates.Functions;

namespace ContentKit.Tests.Templates.Functions;

public sealed class IndonesianFormatNumberTests
{
    [Theory]
    [InlineData(0, 0, "0")]
    [InlineData(1000, 0, "1.000")]
    [InlineData(1234567, 0, "1.234.567")]
    [InlineData(1234.5, 1, "1.234,5")]
    [InlineData(1234.5, 2, "1.234,50")]
    [InlineData(-1234567.891, 2, "-1.234.567,89")]
    [InlineData(999.9, 0, "1.000")]
    public void Number_groups_thousands_with_dots_and_decimals_with_a_comma(double value, int decimals, string expected) =>
        Assert.Equal(expected, IndonesianNumbers.Number(value, decimals));

    [Theory]
    [InlineData(2.5, 0, "3")]
    [InlineData(-2.5, 0, "-3")]
    [InlineData(12.345, 2, "12,35")]
    public void Number_rounds_halves_away_from_zero_as_typed(double value, int decimals, string expected) =>
        Assert.Equal(expected, IndonesianNumbers.Number(value, decimals));

    [Fact]
    public void Number_never_writes_minus_zero() =>
        Assert.Equal("0", IndonesianNumbers.Number(-0.4));

    [Theory]
    [InlineData(-1)]
    [InlineData(IndonesianNumbers.MaxDecimals + 1)]
    public void Number_rejects_decimals_out_of_range(int decimals) =>
        Assert.Throws<ArgumentException>(() => IndonesianNumbers.Number(1, decimals));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e30)]
    public void Number_rejects_values_that_are_not_writable(double value) =>
        Assert.Throws<ArgumentException>(() => IndonesianNumbers.Number(value));

    [Theory]
    [InlineData(1250000, "Rp 1.250.000")]
    [InlineData(0, "Rp 0")]
    [InlineData(999.5, "Rp 1.000")]
    [InlineData(-5000, "-Rp 5.000")]
    public void Rupiah_writes_whole_rupiah(double value, string expected) =>
        Assert.Equal(expected, IndonesianNumbers.Rupiah(value));

    [Theory]
    [InlineData(443_864_000_000, "Rp 443,86 miliar")]
    [InlineData(1_200_000_000_000, "Rp 1,2 triliun")]
    [InlineData(950_000_000, "Rp 950 juta")]
    [InlineData(12_500, "Rp 12,5 ribu")]
    [InlineData(1_000, "Rp 1 ribu")]
    [InlineData(999_999, "Rp 1 juta")]
    [InlineData(2_500_000_000_000_000, "Rp 2.500 triliun")]
    [InlineData(-1_500_000, "-Rp 1,5 juta")]
    public void RupiahShort_writes_the_largest_scale_word_with_two_decimals_at_most(double value, string expected) =>
        Assert.Equal(expected, IndonesianNumbers.RupiahShort(value));

    [Theory]
    [InlineData(950, "Rp 950")]
    [InlineData(0, "Rp 0")]
    public void RupiahShort_writes_amounts_under_a_thousand_in_full(double value, string expected) =>
        Assert.Equal(expected, IndonesianNumbers.RupiahShort(value));

    [Theory]
    [InlineData(87, 0, "87%")]
    [InlineData(87.5, 1, "87,5%")]
    [InlineData(87.5, 0, "88%")]
    [InlineData(100, 0, "100%")]
    public void Percent_takes_the_percent_number_not_a_fraction(double value, int decimals, string expected) =>
        Assert.Equal(expected, IndonesianNumbers.Percent(value, decimals));
}
