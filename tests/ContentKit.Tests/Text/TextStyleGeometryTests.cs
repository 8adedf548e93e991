using System.Globalization;
using ContentKit.Tests.Layout;
using ContentKit.Text;

namespace ContentKit.Tests.Text;

/// <summary>
/// Style attributes that change geometry (letter-spacing, uppercase, line-height) and those that must not
/// (stroke, shadow, highlight are painted around the same lines). valign moves lines only when painting.
/// </summary>
public class TextStyleGeometryTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private const string Paragraph =
        "Perekaman KTP elektronik, pencetakan KIA, dan perubahan data kependudukan dilayani langsung di tempat tanpa biaya.";

    [Fact]
    public void Letter_spacing_widens_every_word_by_the_spacing_after_each_glyph()
    {
        var plain = Lay("""<text size="40">Halo Blitar</text>""");
        var spaced = Lay("""<text size="40" letter-spacing="4">Halo Blitar</text>""");

        foreach (var word in new[] { "Halo", "Blitar" })
        {
            var glyphs = plain.Run(word).Run.Shaped.Glyphs.Length;
            Assert.Equal(plain.Run(word).Run.Width + (4 * glyphs), spaced.Run(word).Run.Width, BoundsAssert.Tolerance);
        }

        Assert.True(spaced.Run("Blitar").X > plain.Run("Blitar").X + (4 * 4), "the second word moves right by the first word's spacing");
        Assert.True(spaced.Width > plain.Width + (4 * 10));
    }

    [Fact]
    public void Negative_letter_spacing_narrows_the_text()
    {
        var plain = Lay("""<text size="40">Pengumuman</text>""");
        var tight = Lay("""<text size="40" letter-spacing="-2">Pengumuman</text>""");

        var glyphs = plain.Run("Pengumuman").Run.Shaped.Glyphs.Length;
        Assert.Equal(plain.Width - (2 * glyphs), tight.Width, BoundsAssert.Tolerance);
    }

    [Fact]
    public void Uppercase_lays_out_the_upper_cased_text()
    {
        var upper = Lay("""<text uppercase="true">Pengumuman <b>warga</b> Kota Blitar</text>""");
        var written = Lay("""<text>PENGUMUMAN <b>WARGA</b> KOTA BLITAR</text>""");

        Assert.Equal(written.Outline(), upper.Outline());
        Assert.Equal(700, upper.Run("WARGA").Run.Style.Weight);
    }

    [Fact]
    public void Uppercase_uses_the_indonesian_i()
    {
        var upper = Lay("""<text uppercase="true">informasi</text>""");

        Assert.Equal("INFORMASI", upper.Run("INFORMASI").Run.Shaped.Text);
    }

    [Theory]
    [InlineData(1.0f)]
    [InlineData(1.5f)]
    [InlineData(2.0f)]
    public void Line_height_sets_the_distance_between_lines(float lineHeight)
    {
        var block = fonts.Lay($"""<text size="40" line-height="{lineHeight.ToString(CultureInfo.InvariantCulture)}">{Paragraph}</text>""", 300, 2000).Text!;

        Assert.True(block.Lines.Length > 2);
        Assert.Equal(block.Lines.Length * 40 * lineHeight, block.Height, BoundsAssert.Tolerance);
        for (var i = 1; i < block.Lines.Length; i++)
        {
            Assert.Equal(40 * lineHeight, block.Lines[i].Baseline - block.Lines[i - 1].Baseline, BoundsAssert.Tolerance);
            Assert.Equal(block.Lines[i - 1].Top + block.Lines[i - 1].Height, block.Lines[i].Top, BoundsAssert.Tolerance);
        }
    }

    [Fact]
    public void Line_height_gives_a_text_box_its_height_in_a_column()
    {
        var box = fonts.Lay($"""<column width="300"><text size="40" line-height="1.5">{Paragraph}</text></column>""", 300, 2000).At(0);

        Assert.Equal(box.Text!.Height, box.Bounds.Height, BoundsAssert.Tolerance);
        Assert.Equal(box.Text.Lines.Length * 60, box.Bounds.Height, BoundsAssert.Tolerance);
    }

    [Theory]
    [InlineData("""stroke="3 #FFFFFF" """)]
    [InlineData("""shadow="0 4 12 #00000080" """)]
    [InlineData("""highlight="#FFD400" """)]
    [InlineData("""highlight="#FFD400" highlight-padding="10 20" highlight-radius="12" """)]
    [InlineData("""valign="bottom" """)]
    public void Decoration_does_not_change_the_layout(string decoration)
    {
        static string Page(string attributes) => $"""
            <column width="500" padding="20" gap="10">
              <text size="44" {attributes}>{Paragraph}</text>
              <text size="24">Di bawahnya</text>
            </column>
            """;
        var plain = fonts.Lay(Page(""), 500, 2000);
        var decorated = fonts.Lay(Page(decoration), 500, 2000);

        Assert.Equal(plain.At(0).Text!.Outline(), decorated.At(0).Text!.Outline());
        BoundsAssert.Equal(plain.At(0).Bounds.X, plain.At(0).Bounds.Y, plain.At(0).Bounds.Width, plain.At(0).Bounds.Height, decorated.At(0));
        BoundsAssert.Equal(plain.At(1).Bounds.X, plain.At(1).Bounds.Y, plain.At(1).Bounds.Width, plain.At(1).Bounds.Height, decorated.At(1));
    }

    private TextBlock Lay(string markup) => fonts.Lay(markup, 2000, 1000).Text!;
}
