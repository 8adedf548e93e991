using ContentKit.Layout.Elements;
using ContentKit.Tests.Layout;
using ContentKit.Text;

namespace ContentKit.Tests.Text;

/// <summary>
/// fit="shrink": the size chosen lies between min-size and size, the text fits its box at that size, and
/// a size only a little larger would not (the search finds the largest size, within its precision of
/// (size − min-size) / 2^7). Text that cannot fit even at min-size is clamped instead.
/// </summary>
public class TextFitTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private const string Paragraph =
        "Perekaman KTP elektronik, pencetakan KIA, dan perubahan data kependudukan dilayani langsung di tempat tanpa biaya.";

    private const string Title = "Pendaftaran Beasiswa Pendidikan Kabupaten Blitar Dibuka";

    [Theory]
    [InlineData(Paragraph, 80, 20, 500, 200f, 0)]
    [InlineData(Paragraph, 64, 24, 360, 260f, 0)]
    [InlineData(Title, 96, 32, 600, null, 2)]
    [InlineData(Title, 120, 40, 700, 300f, 3)]
    [InlineData(Paragraph, 72, 18, 420, 400f, 4)]
    public void Shrunk_text_takes_the_largest_size_that_fits_between_min_size_and_size(
        string text, float size, float minSize, float width, float? height, int maxLines)
    {
        var style = new TextStyle { Size = size, MinSize = minSize, Fit = TextFit.Shrink, MaxLines = maxLines };

        var block = fonts.Text.Break(TextElement.Plain(text, style), width, height);

        Assert.True(block.Shrunk, $"the case should need shrinking, but {size} px fitted: {block.Describe()}");
        Assert.Equal(size, block.RequestedSize);
        Assert.InRange(block.Size, minSize, size);
        Assert.All(block.Runs(), r => Assert.Equal(block.Size, r.Run.Style.Size, 0.01f));
        Assert.True(
            Fits(block, width, height, maxLines),
            $"at the chosen {block.Size} px the text is {block.Height} px tall in {block.Lines.Length} lines, {block.HiddenCharacters} characters hidden; the box is {height} px, {maxLines} lines");

        var larger = block.Size + ((size - minSize) / 128) + 1;
        if (larger <= size)
        {
            var atLarger = fonts.Text.Break(TextElement.Plain(text, new TextStyle { Size = larger, MaxLines = maxLines }), width);
            Assert.False(
                Fits(atLarger, width, height, maxLines),
                $"{larger} px also fits ({atLarger.Height} px tall, {atLarger.Lines.Length} lines), so {block.Size} px was not the largest size that fits");
        }
    }

    [Fact]
    public void Short_text_keeps_its_size()
    {
        var style = new TextStyle { Size = 80, MinSize = 20, Fit = TextFit.Shrink, MaxLines = 2 };

        var block = fonts.Text.Break(TextElement.Plain("Halo Blitar", style), 600, 200);

        Assert.False(block.Shrunk);
        Assert.Equal(80, block.Size);
        Assert.Equal(80, block.RequestedSize);
        Assert.Equal(0, block.HiddenCharacters);
    }

    [Fact]
    public void Text_too_long_for_the_box_at_min_size_is_clamped_at_min_size()
    {
        var style = new TextStyle { Size = 60, MinSize = 30, Fit = TextFit.Shrink };
        var text = string.Join(" ", Enumerable.Repeat(Paragraph, 3));

        var block = fonts.Text.Break(TextElement.Plain(text, style), 300, 120);

        Assert.Equal(30, block.Size, 0.01f);
        Assert.True(block.HiddenCharacters > 0, "the text does not fit at min-size, so some of it must be hidden");
        Assert.InRange(block.Height, 1, 120 + BoundsAssert.Tolerance);
        Assert.Equal(3, block.Lines.Length);
    }

    [Fact]
    public void Text_too_long_for_max_lines_at_min_size_is_cut_to_max_lines()
    {
        var style = new TextStyle { Size = 60, MinSize = 40, Fit = TextFit.Shrink, MaxLines = 2 };

        var block = fonts.Text.Break(TextElement.Plain(Paragraph, style), 300);

        Assert.Equal(40, block.Size, 0.01f);
        Assert.Equal(2, block.Lines.Length);
        Assert.True(block.HiddenCharacters > 0);
    }

    [Fact]
    public void Fit_without_min_size_shrinks_to_half_the_size_at_most()
    {
        var style = new TextStyle { Size = 60, Fit = TextFit.Shrink };

        var block = fonts.Text.Break(TextElement.Plain(string.Join(" ", Enumerable.Repeat(Paragraph, 3)), style), 300, 120);

        Assert.Equal(30, block.Size, 0.01f);
    }

    [Fact]
    public void Text_with_a_fixed_height_and_fit_shrink_is_fitted_inside_its_box()
    {
        var root = fonts.Lay(
            $"""
            <column width="500" height="600">
              <text height="200" size="80" min-size="20" fit="shrink">{Paragraph}</text>
              <text>Di bawahnya</text>
            </column>
            """,
            500,
            600);
        var title = root.At(0);
        var block = title.Text!;

        BoundsAssert.Equal(0, 0, 500, 200, title);
        Assert.True(block.Shrunk, $"the paragraph should have been shrunk into 200 px, is {block.Size} px");
        Assert.InRange(block.Height, 1, title.Bounds.Height + BoundsAssert.Tolerance);
        Assert.InRange(block.Width, 1, title.Bounds.Width + BoundsAssert.Tolerance);
        Assert.Equal(0, block.HiddenCharacters);
        Assert.Equal(200, root.At(1).Bounds.Top, BoundsAssert.Tolerance);
    }

    [Fact]
    public void Fitted_text_squeezed_by_its_column_is_fitted_into_the_height_it_gets()
    {
        var root = fonts.Lay(
            $"""
            <column width="400" height="300">
              <text size="60" min-size="20" fit="shrink">{Paragraph}</text>
              <text size="32">Footer</text>
            </column>
            """,
            400,
            300);
        var (title, footer) = (root.At(0), root.At(1));

        Assert.True(title.Text!.Shrunk, $"the paragraph should have been shrunk, is {title.Text.Size} px");
        Assert.InRange(title.Text.Height, 1, title.Bounds.Height + BoundsAssert.Tolerance);
        Assert.Equal(0, title.Text.HiddenCharacters);
        BoundsAssert.Equal(0, 300 - 40, 400, 40, footer);
        Assert.Equal(footer.Bounds.Top, title.Bounds.Bottom, BoundsAssert.Tolerance);
    }

    [Fact]
    public void Inline_span_sizes_shrink_with_the_paragraph()
    {
        var root = fonts.Lay(
            $"""<text size="80" min-size="20" fit="shrink" height="200">Besar <span size="120">sekali</span> {Paragraph}</text>""",
            500,
            200);
        var block = root.Text!;

        Assert.True(block.Shrunk);
        var scale = block.Size / 80;
        Assert.Equal(120 * scale, block.Run("sekali").Run.Style.Size, 0.01f);
        Assert.Equal(80 * scale, block.Run("Besar").Run.Style.Size, 0.01f);
        Assert.InRange(block.Height, 1, 200 + BoundsAssert.Tolerance);
    }

    [Fact]
    public void An_arabic_word_wider_than_the_box_is_shrunk_until_it_fits_the_width()
    {
        // Arabic words are never broken between letters (that would break the joining), so fitting must shrink them.
        var style = new TextStyle { Size = 80, MinSize = 20, Fit = TextFit.Shrink };

        var block = fonts.Text.Break(TextElement.Plain("مبارك والاستقلالية", style), 250, 400);

        Assert.InRange(block.Width, 1, 250 + BoundsAssert.Tolerance);
        Assert.True(block.Shrunk, $"the block is {block.Width} px wide in a 250 px box at {block.Size} px");
    }

    private static bool Fits(TextBlock block, float width, float? height, int maxLines) =>
        block.HiddenCharacters == 0 && block.BrokenWords == 0 && block.Width <= width + BoundsAssert.Tolerance
        && (height is not { } h || block.Height <= h + BoundsAssert.Tolerance)
        && (maxLines == 0 || block.Lines.Length <= maxLines);
}
