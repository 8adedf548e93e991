using ContentKit.Layout.Elements;
using ContentKit.Tests.Layout;
using ContentKit.Text;

namespace ContentKit.Tests.Text;

/// <summary>
/// Every character gets a face that has it: the style's family, then Inter (more Latin, Greek), Noto Color
/// Emoji, Noto Naskh Arabic. Characters none of them has are reported, not silently drawn as boxes.
/// </summary>
public class FontFallbackTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private const string Mixed = "Halo 🎉 عيد مبارك Ελλάδα";

    [Fact]
    public void Latin_stays_in_the_style_family()
    {
        var halo = Break(Mixed).Run("Halo").Run.Shaped.Face;

        Assert.Equal(BundledFonts.DefaultFamily, halo.Family);
    }

    [Fact]
    public void Emoji_is_drawn_with_the_colour_emoji_font()
    {
        var emoji = Break(Mixed).Run("🎉").Run.Shaped.Face;

        Assert.Equal("Noto Color Emoji", emoji.Family);
        Assert.True(emoji.IsColor);
        Assert.False(fonts.Text.FaceOf(TextStyle.Default).IsColor);
    }

    [Fact]
    public void Arabic_words_are_drawn_with_noto_naskh_arabic()
    {
        var block = Break(Mixed);

        Assert.Equal("Noto Naskh Arabic", block.Run("عيد").Run.Shaped.Face.Family);
        Assert.Equal("Noto Naskh Arabic", block.Run("مبارك").Run.Shaped.Face.Family);
    }

    [Fact]
    public void Greek_falls_back_to_inter_because_plus_jakarta_sans_has_no_greek()
    {
        var block = Break(Mixed);

        Assert.False(fonts.Text.FaceOf(TextStyle.Default).HasGlyph('λ'), "the case needs a letter Plus Jakarta Sans lacks");
        Assert.Equal("Inter", block.Run("Ελλάδα").Run.Shaped.Face.Family);
    }

    [Fact]
    public void Fallback_keeps_the_weight_where_the_fallback_family_has_it()
    {
        var block = fonts.Text.Break(TextElement.Plain(Mixed, new TextStyle { Weight = 700 }), 2000);

        Assert.Equal(700, block.Run("Ελλάδα").Run.Shaped.Face.Weight);
        Assert.Equal(700, block.Run("عيد").Run.Shaped.Face.Weight);
    }

    [Fact]
    public void A_word_mixing_scripts_is_one_word_of_several_runs()
    {
        var block = Break("Selamat🎉!");

        var word = Assert.Single(Assert.Single(block.Lines).Words);
        Assert.Equal(["Selamat", "🎉", "!"], word.Word.Runs.Select(r => r.Shaped.Text));
        Assert.Equal(["Plus Jakarta Sans", "Noto Color Emoji", "Plus Jakarta Sans"], word.Word.Runs.Select(r => r.Shaped.Face.Family));
    }

    [Fact]
    public void Text_the_bundled_fonts_cover_has_no_missing_characters()
    {
        Assert.Empty(Break(Mixed).MissingCharacters);
    }

    [Theory]
    [InlineData("\U0010FFFD")] // supplementary private use
    [InlineData("\u0378")] // unassigned
    public void A_character_no_bundled_font_has_is_reported_missing(string character)
    {
        var block = Break($"Halo {character} Blitar");

        Assert.Equal(character, Assert.Single(block.MissingCharacters));
        Assert.Equal(3, block.Lines.Sum(l => l.Words.Length));
    }

    [Fact]
    public void A_private_use_character_is_reported_even_though_inter_draws_an_icon_there()
    {
        // U+E000 means nothing outside an agreement between writer and font; Inter happens to put an icon there,
        // so the row would show a glyph the writer never chose.
        var block = Break("Halo \uE000 Blitar");

        Assert.Equal("\uE000", Assert.Single(block.MissingCharacters));
    }

    private TextBlock Break(string text) => fonts.Text.Break(TextElement.Plain(text), 2000);
}
