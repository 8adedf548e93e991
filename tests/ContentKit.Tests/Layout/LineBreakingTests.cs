using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Tests.Layout;

/// <summary>Where text breaks into lines and how big the lines are, measured with the bundled Plus Jakarta Sans.</summary>
public class LineBreakingTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private const string Sentence =
        "Perekaman KTP elektronik, pencetakan KIA, dan perubahan data kependudukan dilayani langsung di tempat tanpa biaya.";

    private const string LongWord = "Pertanggungjawabannya";

    [Fact]
    public void Short_text_is_one_line_narrower_than_the_box()
    {
        var block = Break("Halo Blitar", 500);

        var line = Assert.Single(block.Lines);
        Assert.Equal(2, line.Words.Length);
        Assert.InRange(block.Width, 1, 500);
        Assert.Equal(line.Width, block.Width);
    }

    [Fact]
    public void Long_text_wraps_into_lines_each_no_wider_than_the_box()
    {
        var block = Break(Sentence, 300);

        Assert.True(block.Lines.Length > 2, $"expected several lines, got {block.Lines.Length}");
        Assert.All(block.Lines, line => Assert.InRange(line.Width, 1, 300 + BoundsAssert.Tolerance));
        Assert.InRange(block.Width, 1, 300 + BoundsAssert.Tolerance);
        Assert.Equal(Sentence.Split(' ').Length, block.Lines.Sum(line => line.Words.Length));
    }

    [Fact]
    public void Wrapping_is_greedy_so_the_next_word_would_not_have_fitted_on_the_line()
    {
        var block = Break(Sentence, 300);
        var space = Break("a b", 1000).Lines[0].Words[1].X - Break("a", 1000).Width;

        for (var i = 0; i + 1 < block.Lines.Length; i++)
        {
            var next = block.Lines[i + 1].Words[0].Word.Width;
            Assert.True(block.Lines[i].Width + space + next > 300, $"line {i + 1} ({block.Lines[i].Width} px) had room for the next word ({next} px)");
        }
    }

    [Fact]
    public void Explicit_line_breaks_are_kept()
    {
        var block = Break("Satu\nDua\n\nTiga", 1000);

        Assert.Equal([1, 1, 0, 1], block.Lines.Select(line => line.Words.Length));
    }

    [Fact]
    public void Word_longer_than_the_box_is_broken_into_pieces_that_each_fit()
    {
        var block = Break(LongWord, 120, new TextStyle { Size = 40 });

        Assert.True(block.Lines.Length > 1, $"expected the word to be broken, got {block.Lines.Length} line");
        Assert.All(block.Lines, line =>
        {
            Assert.Single(line.Words);
            Assert.InRange(line.Width, 1, 120 + BoundsAssert.Tolerance);
        });
        Assert.Equal(LongWord.Length, block.Lines.Sum(line => line.Words[0].Word.Runs.Sum(r => r.Shaped.Glyphs.Length)));
    }

    [Fact]
    public void Max_lines_cuts_the_text_with_an_ellipsis_and_reports_hidden_characters()
    {
        var style = new TextStyle { MaxLines = 2 };
        var all = Break(Sentence, 300);
        var cut = Break(Sentence, 300, style);

        Assert.Equal(2, cut.Lines.Length);
        Assert.Equal(2 * 32 * 1.25f, cut.Height, BoundsAssert.Tolerance);
        Assert.Equal([EllipsisGlyph(style)], cut.Lines[^1].Words[^1].Word.Runs[^1].Shaped.Glyphs);
        Assert.InRange(cut.Lines[^1].Width, 1, 300 + BoundsAssert.Tolerance);
        Assert.True(cut.HiddenCharacters > 0);
        Assert.Equal(0, all.HiddenCharacters);
    }

    [Fact]
    public void Max_lines_larger_than_the_line_count_changes_nothing()
    {
        var block = Break(Sentence, 300, new TextStyle { MaxLines = 99 });

        Assert.Equal(Break(Sentence, 300).Lines.Length, block.Lines.Length);
        Assert.Equal(0, block.HiddenCharacters);
    }

    [Fact]
    public void Ellipsis_after_a_piece_of_a_long_word_still_fits_the_box()
    {
        var style = new TextStyle { Size = 40, MaxLines = 1 };
        var block = Break(LongWord, 120, style);

        var line = Assert.Single(block.Lines);
        Assert.Equal([EllipsisGlyph(style)], line.Words[^1].Word.Runs[^1].Shaped.Glyphs);
        Assert.InRange(line.Width, 1, 120 + BoundsAssert.Tolerance);
    }

    [Fact]
    public void Line_height_multiplies_the_distance_between_baselines()
    {
        var tight = Break(Sentence, 300, new TextStyle { Size = 30, LineHeight = 1 });
        var loose = Break(Sentence, 300, new TextStyle { Size = 30, LineHeight = 2 });

        Assert.Equal(tight.Lines.Length, loose.Lines.Length);
        Assert.Equal(2 * tight.Height, loose.Height, BoundsAssert.Tolerance);
        Assert.Equal(30, tight.Lines[1].Baseline - tight.Lines[0].Baseline, BoundsAssert.Tolerance);
        Assert.Equal(60, loose.Lines[1].Baseline - loose.Lines[0].Baseline, BoundsAssert.Tolerance);
    }

    [Fact]
    public void Letter_spacing_widens_a_line_by_the_spacing_after_every_glyph()
    {
        var plain = Break("Pengumuman", 1000);
        var spaced = Break("Pengumuman", 1000, new TextStyle { LetterSpacing = 3 });

        var glyphs = plain.Lines[0].Words[0].Word.Runs[0].Shaped.Glyphs.Length;
        Assert.Equal(plain.Width + (3 * glyphs), spaced.Width, BoundsAssert.Tolerance);
    }

    [Fact]
    public void Uppercase_measures_the_upper_cased_text()
    {
        var lower = Break("pengumuman warga", 1000);
        var uppercased = Break("pengumuman warga", 1000, new TextStyle { Uppercase = true });
        var written = Break("PENGUMUMAN WARGA", 1000);

        Assert.Equal(written.Width, uppercased.Width, BoundsAssert.Tolerance);
        Assert.True(uppercased.Width > lower.Width + 10, $"upper case {uppercased.Width} px, lower case {lower.Width} px");
    }

    [Fact]
    public void Measuring_the_same_text_twice_gives_the_same_lines()
    {
        var first = Break(Sentence, 300);
        var second = Break(Sentence, 300);
        var other = new TextEngine(fonts.Text.Fonts, BundledFonts.DefaultFamily)
            .Break(TextElement.Plain(Sentence), 300);

        foreach (var block in new[] { second, other })
        {
            Assert.Equal(first.Width, block.Width);
            Assert.Equal(first.Height, block.Height);
            Assert.Equal(first.Lines.Select(l => (l.Width, l.Baseline, l.Words.Length)), block.Lines.Select(l => (l.Width, l.Baseline, l.Words.Length)));
        }
    }

    [Theory]
    [InlineData(24, 1.25f)]
    [InlineData(40, 1.08f)]
    [InlineData(28, 1.45f)]
    public void Text_height_is_lines_times_size_times_line_height(float size, float lineHeight)
    {
        var block = Break(Sentence, 300, new TextStyle { Size = size, LineHeight = lineHeight });

        Assert.Equal(block.Lines.Length * size * lineHeight, block.Height, BoundsAssert.Tolerance);
    }

    [Fact]
    public void Bold_text_is_wider_than_regular_text()
    {
        var regular = Break("Pengumuman", 1000);
        var bold = Break("Pengumuman", 1000, new TextStyle { Weight = 800 });

        Assert.True(bold.Width > regular.Width, $"bold {bold.Width} px, regular {regular.Width} px");
    }

    private TextBlock Break(string text, float width, TextStyle? style = null) =>
        fonts.Text.Break(TextElement.Plain(text, style), width);

    private ushort EllipsisGlyph(TextStyle style)
    {
        Assert.True(fonts.Text.FaceOf(style).HarfBuzzFont.TryGetGlyph('…', out var glyph), "the font has no ellipsis glyph");
        return (ushort)glyph;
    }
}
