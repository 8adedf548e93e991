using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Tests.Layout;
using ContentKit.Text;

namespace ContentKit.Tests.Text;

/// <summary>Inline <c>&lt;b&gt;</c>, <c>&lt;i&gt;</c>, <c>&lt;span&gt;</c> and data emphasis (<c>*kata*</c>) become runs with their own style.</summary>
public class RichTextTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private const string Spans = """<text size="40">Halo <b>Blitar</b> <span size="60" color="#FF0000">besar</span></text>""";

    private static readonly Rgba Red = new(255, 0, 0, 255);

    private static readonly Rgba Green = new(0x0E, 0x5E, 0x4A, 255);

    [Fact]
    public void Spans_give_their_runs_weight_size_and_colour()
    {
        var block = Lay(Spans);

        var halo = block.Run("Halo").Run;
        var blitar = block.Run("Blitar").Run;
        var besar = block.Run("besar").Run;
        Assert.Equal((400, 40f, Rgba.Black), (halo.Style.Weight, halo.Style.Size, halo.Style.Color));
        Assert.Equal((700, 40f, Rgba.Black), (blitar.Style.Weight, blitar.Style.Size, blitar.Style.Color));
        Assert.Equal(700, blitar.Shaped.Face.Weight);
        Assert.Equal((400, 60f, Red), (besar.Style.Weight, besar.Style.Size, besar.Style.Color));
    }

    [Fact]
    public void A_line_with_a_larger_span_is_taller()
    {
        var block = Lay("<text size=\"40\">Satu\n<span size=\"60\">Dua</span> dua\nTiga</text>");

        Assert.Equal([50f, 75f, 50f], block.Lines.Select(l => l.Height));
        Assert.Equal([0f, 50f, 125f], block.Lines.Select(l => l.Top));
        Assert.Equal(175, block.Height, BoundsAssert.Tolerance);
        Assert.True(block.Lines[1].Baseline - block.Lines[1].Top > block.Lines[0].Baseline - block.Lines[0].Top, "the larger span's baseline sits lower in its taller line");
        Assert.Equal(75, Lay(Spans).Height, BoundsAssert.Tolerance);
    }

    [Fact]
    public void A_bold_run_is_wider_than_the_same_text_regular()
    {
        var bold = Lay(Spans).Run("Blitar").Run;
        var regular = Lay("""<text size="40">Halo Blitar</text>""").Run("Blitar").Run;

        Assert.True(bold.Width > regular.Width, $"bold {bold.Width} px, regular {regular.Width} px");
    }

    [Fact]
    public void Words_of_different_sizes_follow_each_other_along_the_line()
    {
        var block = Lay(Spans);

        var (_, blitar, blitarX) = block.Run("Blitar");
        var (_, besar, besarX) = block.Run("besar");
        Assert.True(besarX > blitarX + blitar.Width, "the span starts after the bold word and a space");
        Assert.Equal(block.Width, besarX + besar.Width, BoundsAssert.Tolerance);
    }

    [Fact]
    public void Bold_inside_italic_is_bold_and_italic()
    {
        var block = Lay("""<text>Halo <b><i>Blitar</i></b> <i><b>Kota</b></i></text>""");

        foreach (var word in new[] { "Blitar", "Kota" })
        {
            var style = block.Run(word).Run.Style;
            var face = block.Run(word).Run.Shaped.Face;
            Assert.True(style.Weight >= 700 && style.Italic, $"'{word}' is weight {style.Weight}, italic {style.Italic}");
            Assert.True(face.Weight >= 700 && face.Italic, $"'{word}' is drawn with {face}");
        }
    }

    [Fact]
    public void Emphasis_shows_starred_words_in_the_emphasis_colour_and_bold()
    {
        var block = Lay("""<text emphasis="#0E5E4A">Ayo *datang* ya</text>""");

        var datang = block.Run("datang").Run;
        Assert.Equal(Green, datang.Style.Color);
        Assert.True(datang.Style.Weight >= 700, $"emphasis weight {datang.Style.Weight}");
        Assert.Equal((400, Rgba.Black), (block.Run("Ayo").Run.Style.Weight, block.Run("Ayo").Run.Style.Color));
        Assert.Equal(["Ayo", "datang", "ya"], block.Lines.SelectMany(l => l.Words).Select(w => w.Text()));
    }

    [Fact]
    public void Emphasis_weight_sets_the_weight_of_starred_words()
    {
        var block = Lay("""<text emphasis="#0E5E4A" emphasis-weight="800">Ayo *datang* ya</text>""");

        Assert.Equal(800, block.Run("datang").Run.Style.Weight);
    }

    [Fact]
    public void Without_emphasis_asterisks_stay_in_the_text()
    {
        var block = Lay("<text>Ayo *datang* ya</text>");

        Assert.Equal(["Ayo", "*datang*", "ya"], block.Lines.SelectMany(l => l.Words).Select(w => w.Text()));
        Assert.All(block.Runs(), r => Assert.Equal(Rgba.Black, r.Run.Style.Color));
    }

    [Fact]
    public void An_unmatched_asterisk_stays_in_the_text()
    {
        var block = Lay("""<text emphasis="#0E5E4A">Ayo *datang ya</text>""");

        Assert.Equal(["Ayo", "*datang", "ya"], block.Lines.SelectMany(l => l.Words).Select(w => w.Text()));
        Assert.All(block.Runs(), r => Assert.Equal(Rgba.Black, r.Run.Style.Color));
    }

    [Fact]
    public void Escaped_markup_in_an_emphasis_paragraph_stays_text()
    {
        var block = Lay("""<text emphasis="#0E5E4A">Ayo &lt;b&gt;*datang*&lt;/b&gt; ya</text>""");

        Assert.Equal(["Ayo", "<b>datang</b>", "ya"], block.Lines.SelectMany(l => l.Words).Select(w => w.Text()));
        Assert.Equal(400, block.Run("<b>").Run.Style.Weight);
        Assert.Equal(Green, block.Run("datang").Run.Style.Color);
    }

    [Fact]
    public void Footnote_asterisks_around_spaces_are_not_emphasis()
    {
        // "Gratis*" closes nothing and "*Syarat" opens nothing that closes: no emphasis, as in Markdown.
        var block = Lay("""<text emphasis="#0E5E4A">Gratis* untuk warga. *Syarat berlaku</text>""");

        Assert.Equal(["Gratis*", "untuk", "warga.", "*Syarat", "berlaku"], block.Lines.SelectMany(l => l.Words).Select(w => w.Text()));
        Assert.All(block.Runs(), r => Assert.Equal(Rgba.Black, r.Run.Style.Color));
    }

    private TextBlock Lay(string markup) => fonts.Lay(markup, 2000, 1000).Text!;
}
