using ContentKit.Layout.Elements;
using ContentKit.Tests.Layout;
using ContentKit.Text;

namespace ContentKit.Tests.Text;

/// <summary>
/// Arabic inside Latin text reads right to left, and a paragraph that begins in Arabic is right to left as a
/// whole. Positions are the x of each word on its line, so "reads right to left" means decreasing x.
/// </summary>
public class BidiTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private static readonly string[] ArabicWords = ["عيد", "الفطر", "مبارك"];

    private static readonly string[] LatinWords = ["Selamat", "2026"];

    [Fact]
    public void Arabic_phrase_in_a_latin_line_is_shown_right_to_left_and_latin_keeps_its_order()
    {
        var block = Break("Selamat عيد الفطر مبارك 2026");

        var x = XOf(block);
        Assert.True(x["عيد"] > x["الفطر"] && x["الفطر"] > x["مبارك"], $"the Arabic words should read right to left: {block.Describe()}");
        Assert.Equal(0, x["Selamat"]);
        Assert.True(x["2026"] > x["Selamat"]);
        Assert.All(ArabicWords, word => Assert.True(x[word] > x["Selamat"]));
    }

    [Fact]
    public void Arabic_runs_are_right_to_left_and_latin_runs_are_not()
    {
        var block = Break("Selamat عيد الفطر مبارك 2026");

        Assert.All(ArabicWords, word => Assert.True(block.Run(word).Run.Shaped.RightToLeft, word));
        Assert.All(LatinWords, word => Assert.False(block.Run(word).Run.Shaped.RightToLeft, word));
    }

    [Fact]
    public void Reordered_words_do_not_overlap_and_keep_one_space_between_them()
    {
        var block = Break("Selamat عيد الفطر مبارك 2026");
        var space = Break("a b").Lines[0].Words[1].X - Break("a").Width;

        var words = Assert.Single(block.Lines).Words;
        for (var i = 1; i < words.Length; i++)
        {
            Assert.Equal(words[i - 1].X + words[i - 1].Word.Width + space, words[i].X, BoundsAssert.Tolerance);
        }

        Assert.Equal(block.Width, words[^1].X + words[^1].Word.Width, BoundsAssert.Tolerance);
    }

    [Fact]
    public void A_paragraph_that_begins_in_arabic_is_right_to_left_with_latin_phrases_in_their_order()
    {
        var block = Break("عيد مبارك Kabupaten Blitar الفطر");

        var x = XOf(block);
        Assert.Equal(x.Values.Max(), x["عيد"]);
        Assert.True(x["عيد"] > x["مبارك"] && x["مبارك"] > x["Kabupaten"] && x["Blitar"] > x["الفطر"], block.Describe());
        Assert.True(x["Kabupaten"] < x["Blitar"], $"the Latin phrase should keep its order: {block.Describe()}");
        Assert.Equal(0, x["الفطر"]);
    }

    [Fact]
    public void Each_paragraph_takes_its_direction_from_its_own_first_word()
    {
        var block = Break("Selamat Idul Fitri\nعيد مبارك Blitar");

        var latin = block.Lines[0].Words.ToDictionary(w => w.Text(), w => w.X);
        var arabic = block.Lines[1].Words.ToDictionary(w => w.Text(), w => w.X);
        Assert.True(latin["Selamat"] < latin["Idul"] && latin["Idul"] < latin["Fitri"], block.Describe());
        Assert.True(
            arabic["Blitar"] < arabic["مبارك"] && arabic["مبارك"] < arabic["عيد"],
            $"the second paragraph begins in Arabic, so it should read Blitar مبارك عيد from left to right, but got {block.Describe()}");
    }

    [Fact]
    public void Wrapped_right_to_left_text_starts_each_line_on_the_right()
    {
        var block = Break("عيد الفطر مبارك سعيد جدا للجميع في كل مكان", 200);

        Assert.True(block.Lines.Length > 1);
        var firstLine = block.Lines[0].Words;
        Assert.Equal("عيد", firstLine.MaxBy(w => w.X).Text());
    }

    [Fact]
    public void Punctuation_after_an_arabic_word_is_on_the_words_left_where_the_reading_ends()
    {
        var block = Break("عيد مبارك!");

        var x = XOf(block, runs: true);
        Assert.True(x["!"] < x["مبارك"] && x["مبارك"] < x["عيد"], $"expected ! مبارك عيد from left to right, but got {block.Describe()}");
    }

    [Fact]
    public void A_paragraph_whose_first_letter_is_arabic_is_right_to_left_even_after_an_emoji()
    {
        // The Unicode bidi algorithm takes a paragraph's direction from its first strong character; emoji have none.
        var block = Break("🎉 عيد مبارك");

        var x = XOf(block);
        Assert.True(x["🎉"] > x["عيد"] && x["عيد"] > x["مبارك"], $"expected مبارك عيد 🎉 from left to right, but got {block.Describe()}");
    }

    [Fact]
    public void The_ellipsis_of_a_cut_right_to_left_line_is_at_its_left_end()
    {
        var block = fonts.Text.Break(TextElement.Plain("عيد الفطر مبارك سعيد جدا للجميع في كل مكان", new TextStyle { MaxLines = 1 }), 200);

        Assert.True(block.HiddenCharacters > 0);
        var leftmost = block.Runs().MinBy(r => r.X);
        Assert.True(leftmost.Run.Shaped.Text == "…", $"the line reads right to left, so it should end with … on the left, but got {block.Describe()}");
    }

    private TextBlock Break(string text, float width = 2000) => fonts.Text.Break(TextElement.Plain(text), width);

    /// <summary>The x of every word (or run) on the block, by its text.</summary>
    private static Dictionary<string, float> XOf(TextBlock block, bool runs = false) => runs
        ? block.Runs().ToDictionary(r => r.Run.Shaped.Text, r => r.X)
        : block.Lines.SelectMany(l => l.Words).ToDictionary(w => w.Text(), w => w.X);
}
