using ContentKit.Templates.Functions;

namespace ContentKit.Tests.Templates.Functions;

public sealed class IndonesianFormatTextTests
{
    [Theory]
    [InlineData("Rapat Koordinasi OPD 2022", "rapat-koordinasi-opd-2022")]
    [InlineData("  Café — Pameran UMKM!! ", "cafe-pameran-umkm")]
    [InlineData("Jum'at, 8/11", "jum-at-8-11")]
    [InlineData("!!!", "")]
    public void Slug_keeps_lower_case_ASCII_words_joined_by_single_dashes(string text, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Slug(text));

    [Fact]
    public void Slug_of_long_text_ends_after_the_last_whole_word()
    {
        var slug = IndonesianFormat.Slug(string.Join(' ', Enumerable.Repeat("kelurahan", 12)));

        Assert.Equal(79, slug.Length);
        Assert.EndsWith("-kelurahan", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void Slug_of_one_long_word_is_cut_at_the_limit() =>
        Assert.Equal(IndonesianFormat.MaxSlugLength, IndonesianFormat.Slug(new string('a', 100)).Length);

    [Fact]
    public void Truncate_returns_short_text_unchanged() =>
        Assert.Equal("Bakti sosial", IndonesianFormat.Truncate("Bakti sosial", 12));

    [Fact]
    public void Truncate_cuts_at_a_word_boundary_and_adds_an_ellipsis() =>
        Assert.Equal("Rapat koordinasi…", IndonesianFormat.Truncate("Rapat koordinasi lintas sektor", 20));

    [Fact]
    public void Truncate_keeps_a_word_that_ends_exactly_at_the_cut() =>
        Assert.Equal("Rapat koordinasi…", IndonesianFormat.Truncate("Rapat koordinasi lintas", 17));

    [Fact]
    public void Truncate_drops_punctuation_left_before_the_ellipsis() =>
        Assert.Equal("Senin, Selasa...", IndonesianFormat.Truncate("Senin, Selasa, Rabu", 17, "..."));

    [Fact]
    public void Truncate_cuts_a_single_long_word_mid_way() =>
        Assert.Equal("Pemberdaya…", IndonesianFormat.Truncate("Pemberdayaan", 11));

    [Fact]
    public void Truncate_counts_an_emoji_as_one_character() =>
        Assert.Equal("🎉🎉🎉…", IndonesianFormat.Truncate("🎉🎉🎉🎉🎉", 4));

    [Fact]
    public void Truncate_rejects_a_length_with_no_room_for_text() =>
        Assert.Throws<ArgumentException>(() => IndonesianFormat.Truncate("Rapat koordinasi", 3, "..."));

    [Fact]
    public void Upper_capitalises_every_letter() =>
        Assert.Equal("KOTA BLITAR", IndonesianFormat.Upper("Kota Blitar"));

    [Fact]
    public void Title_capitalises_each_word_and_keeps_acronyms() =>
        Assert.Equal("Rapat Koordinasi OPD Kota Blitar", IndonesianFormat.Title("rapat koordinasi OPD kota bLITAR"));
}
