using ContentKit.Templates.Functions;

namespace ContentKit.Tests.Templates.Functions;

public sealed class IndonesianFormatWordsTests
{
    [Theory]
    [InlineData(0, "nol")]
    [InlineData(1, "satu")]
    [InlineData(10, "sepuluh")]
    [InlineData(11, "sebelas")]
    [InlineData(12, "dua belas")]
    [InlineData(19, "sembilan belas")]
    [InlineData(20, "dua puluh")]
    [InlineData(99, "sembilan puluh sembilan")]
    [InlineData(100, "seratus")]
    [InlineData(111, "seratus sebelas")]
    [InlineData(120, "seratus dua puluh")]
    [InlineData(200, "dua ratus")]
    [InlineData(1000, "seribu")]
    [InlineData(1001, "seribu satu")]
    [InlineData(1999, "seribu sembilan ratus sembilan puluh sembilan")]
    [InlineData(2022, "dua ribu dua puluh dua")]
    [InlineData(11_000, "sebelas ribu")]
    [InlineData(100_000, "seratus ribu")]
    [InlineData(101_000, "seratus satu ribu")]
    [InlineData(1_000_000, "satu juta")]
    [InlineData(1_001_000, "satu juta seribu")]
    [InlineData(2_500_000, "dua juta lima ratus ribu")]
    [InlineData(1_000_000_000, "satu miliar")]
    [InlineData(443_864_000_000, "empat ratus empat puluh tiga miliar delapan ratus enam puluh empat juta")]
    [InlineData(1_000_000_000_000, "satu triliun")]
    [InlineData(1_000_000_000_000_000, "seribu triliun")]
    public void Words_spells_whole_numbers_in_Indonesian(long value, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Words(value));

    [Fact]
    public void Words_puts_minus_before_negative_numbers() =>
        Assert.Equal("minus seratus dua puluh", IndonesianFormat.Words(-120));

    [Fact]
    public void Words_spells_the_smallest_long_without_overflow() =>
        Assert.StartsWith("minus sembilan juta dua ratus", IndonesianFormat.Words(long.MinValue), StringComparison.Ordinal);
}
