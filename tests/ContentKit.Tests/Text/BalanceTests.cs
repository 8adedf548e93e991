using ContentKit.Layout.Elements;
using ContentKit.Tests.Layout;
using ContentKit.Text;

namespace ContentKit.Tests.Text;

/// <summary>balance="true" evens out line lengths without adding a line or leaving the box.</summary>
public class BalanceTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private const string Title = "Pendaftaran Beasiswa Pendidikan Kabupaten Blitar Dibuka";

    private const string Headline = "Pelayanan KTP keliling hadir di kecamatan Sananwetan mulai minggu depan";

    [Theory]
    [InlineData(Title, 48, 400)]
    [InlineData(Title, 48, 700)]
    [InlineData(Headline, 56, 500)]
    [InlineData(Headline, 40, 620)]
    [InlineData(Headline, 72, 900)]
    public void Balanced_text_keeps_the_line_count_and_the_box_and_is_no_more_ragged(string text, float size, float width)
    {
        var greedy = Break(text, size, width, balance: false);
        var balanced = Break(text, size, width, balance: true);

        Assert.True(greedy.Lines.Length > 1, "the case should need more than one line");
        Assert.Equal(greedy.Lines.Length, balanced.Lines.Length);
        Assert.All(balanced.Lines, line => Assert.InRange(line.Width, 1, width + BoundsAssert.Tolerance));
        Assert.True(
            balanced.Raggedness() <= greedy.Raggedness() + 0.5f,
            $"balanced lines ({string.Join(", ", balanced.Lines.Select(l => l.Width))}) are more ragged than greedy ones ({string.Join(", ", greedy.Lines.Select(l => l.Width))})");
        Assert.Equal(
            text.Split(' '),
            balanced.Lines.SelectMany(l => l.Words).Select(w => w.Text()));
    }

    [Fact]
    public void Balance_moves_a_lonely_last_word_up_to_company()
    {
        // Find a width where greedy breaking leaves the title's last word alone on the last line.
        var width = Enumerable.Range(15, 31).Select(w => w * 20f)
            .FirstOrDefault(w => Break(Title, 48, w, balance: false) is { Lines.Length: > 1 } greedy && greedy.Lines[^1].Words.Length == 1);
        Assert.True(width > 0, "no width from 300 to 900 px leaves one word on the last line");

        var balanced = Break(Title, 48, width, balance: true);

        Assert.True(balanced.Lines[^1].Words.Length > 1, $"at {width} px the last line is still one word: {balanced.Describe()}");
        Assert.Equal(Break(Title, 48, width, balance: false).Lines.Length, balanced.Lines.Length);
    }

    [Fact]
    public void Balance_leaves_a_single_line_alone()
    {
        var greedy = Break("Halo Blitar", 48, 800, balance: false);
        var balanced = Break("Halo Blitar", 48, 800, balance: true);

        Assert.Equal(greedy.Outline(), balanced.Outline());
    }

    private TextBlock Break(string text, float size, float width, bool balance) =>
        fonts.Text.Break(TextElement.Plain(text, new TextStyle { Size = size, Balance = balance }), width);
}
