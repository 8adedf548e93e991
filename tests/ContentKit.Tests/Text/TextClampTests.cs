using ContentKit.Layout.Elements;
using ContentKit.Tests.Layout;
using ContentKit.Text;

namespace ContentKit.Tests.Text;

/// <summary>
/// Text without fit that is taller than its box keeps the whole lines that fit and ends with an ellipsis;
/// what was cut is counted, and the smaller of max-lines and the box decides.
/// </summary>
public class TextClampTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private const string Paragraph =
        "Perekaman KTP elektronik, pencetakan KIA, dan perubahan data kependudukan dilayani langsung di tempat tanpa biaya.";

    [Theory]
    [InlineData(130, 2)]
    [InlineData(150, 3)]
    [InlineData(60, 1)]
    public void Text_taller_than_its_box_keeps_the_whole_lines_that_fit(float height, int lines)
    {
        var block = fonts.Text.Break(TextElement.Plain(Paragraph, new TextStyle { Size = 40 }), 300, height);

        Assert.Equal(lines, block.Lines.Length);
        Assert.InRange(block.Height, 1, height + BoundsAssert.Tolerance);
        Assert.True(block.Height + 50 > height + BoundsAssert.Tolerance, $"another 50 px line would have fitted in {height} px after {block.Height} px");
        Assert.InRange(block.Width, 1, 300 + BoundsAssert.Tolerance);
        Assert.Equal(EllipsisGlyph(), Assert.Single(block.Lines[^1].Words[^1].Word.Runs[^1].Shaped.Glyphs));
        Assert.True(block.HiddenCharacters > 0);
    }

    [Fact]
    public void Hidden_characters_are_the_characters_not_shown()
    {
        var block = fonts.Text.Break(TextElement.Plain(Paragraph, new TextStyle { Size = 40 }), 300, 130);

        // Every word counts its letters and the space before it; the ellipsis is not text.
        var shown = block.Lines.SelectMany(l => l.Words).Sum(w => w.Text().Length + 1) - "…".Length;
        var total = Paragraph.Split(' ').Sum(w => w.Length + 1);
        Assert.Equal(total - shown, block.HiddenCharacters);
    }

    [Fact]
    public void Text_that_fits_its_box_is_not_clamped()
    {
        var block = fonts.Text.Break(TextElement.Plain(Paragraph, new TextStyle { Size = 40 }), 300, 1000);

        Assert.Equal(0, block.HiddenCharacters);
        Assert.DoesNotContain(block.Runs(), r => r.Run.Shaped.Text == "…");
    }

    [Theory]
    [InlineData(3, 130, 2)]
    [InlineData(1, 130, 1)]
    [InlineData(2, 500, 2)]
    public void Max_lines_and_the_box_height_together_keep_the_smaller_number_of_lines(int maxLines, float height, int lines)
    {
        var block = fonts.Text.Break(TextElement.Plain(Paragraph, new TextStyle { Size = 40, MaxLines = maxLines }), 300, height);

        Assert.Equal(lines, block.Lines.Length);
        Assert.InRange(block.Height, 1, height + BoundsAssert.Tolerance);
        Assert.Equal(EllipsisGlyph(), Assert.Single(block.Lines[^1].Words[^1].Word.Runs[^1].Shaped.Glyphs));
        Assert.True(block.HiddenCharacters > 0);
    }

    [Fact]
    public void Text_in_a_fixed_height_box_is_clamped_to_that_box_by_layout()
    {
        var box = fonts.Lay($"""<column><text height="130" size="40">{Paragraph}</text></column>""", 300, 800).At(0);

        BoundsAssert.Size(300, 130, box);
        Assert.Equal(2, box.Text!.Lines.Length);
        Assert.True(box.Text.HiddenCharacters > 0);
    }

    [Fact]
    public void Clamping_keeps_every_whole_line_that_fits_when_lines_differ_in_height()
    {
        // A first line at 80 px (100 px tall) and lines at 40 px (50 px tall): 100 + 50 + 50 fills 200 px exactly.
        var block = fonts.Lay("<text size=\"40\"><span size=\"80\">Besar</span>\nsatu\ndua\ntiga\nempat</text>", 1000, 200).Text!;

        Assert.Equal([100f, 50f, 50f], block.Lines.Select(l => l.Height));
        Assert.Equal(200, block.Height, BoundsAssert.Tolerance);
        Assert.Equal("dua…", string.Concat(block.Lines[^1].Words.Select(w => w.Text())));
    }

    private ushort EllipsisGlyph()
    {
        Assert.True(fonts.Text.FaceOf(TextStyle.Default).HarfBuzzFont.TryGetGlyph('…', out var glyph), "the font has no ellipsis glyph");
        return (ushort)glyph;
    }
}
