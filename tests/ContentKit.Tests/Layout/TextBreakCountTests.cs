using System.Drawing;
using System.Runtime.CompilerServices;
using ContentKit.Data;
using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Layout.Markup;
using ContentKit.Templates;

namespace ContentKit.Tests.Layout;

/// <summary>
/// One layout breaks each text into lines once per size and width it tries: measuring, arranging and fitting ask the
/// layout's <see cref="ContentKit.Text.TextLayoutCache"/> instead of breaking the text again (it used to be broken two or three times).
/// </summary>
public class TextBreakCountTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    [Fact]
    public void A_text_in_a_column_is_broken_once_although_it_is_measured_and_then_arranged()
    {
        var (root, cache) = Lay("""<column width="100%"><text size="40">Pelayanan KTP keliling di Kecamatan Sananwetan</text></column>""");

        var text = Assert.Single(Texts(root));
        var broken = Assert.Single(cache.Breaks);
        Assert.Same(text, broken.Paragraph);
        Assert.Equal(1, cache.WordReads);
    }

    [Fact]
    public void A_fitted_text_is_broken_once_per_size_tried_and_its_words_read_once_per_size()
    {
        var (root, cache) = Lay("""
            <column width="100%" height="100%">
              <text size="80" min-size="20" fit="shrink" height="150">Perekaman KTP elektronik dan pencetakan KIA dilayani langsung di tempat tanpa biaya</text>
            </column>
            """);

        Assert.True(Texts(root)[0].Style.Size > 0);
        var sizes = cache.Breaks.Select(b => b.Scale).ToList();
        Assert.InRange(sizes.Distinct().Count(), 3, 9); // full size, smallest size, and the search between them
        Assert.Equal(sizes.Count, sizes.Distinct().Count());
        Assert.Equal(sizes.Count, cache.WordReads);
    }

    [Fact]
    public void One_layout_of_the_pengumuman_sample_breaks_no_text_twice_at_the_same_size_and_width()
    {
        var library = new TemplateLibrary(TestPaths.Templates);
        var template = library.Load("pengumuman");
        var sheet = DataReader.Read(Path.Combine(TestPaths.Samples, "pengumuman.csv"));
        using var renderer = new Renderer(library, template, new RenderOptions { DataFolder = TestPaths.Samples });
        var row = renderer.Bind(sheet.Rows[1], "pengumuman.csv");

        var laidOut = renderer.Lay(RenderUnit.Of(row), template.Format("feed"), CancellationToken.None);

        var texts = Texts(laidOut.Root);
        var breaks = laidOut.Text.Breaks;
        // Every text of the poster went through the layout's cache...
        Assert.All(texts, text => Assert.Contains(breaks, b => ReferenceEquals(b.Paragraph, text) && b.Scale == 1));
        // ...and none was broken twice at one size, width and line limit, nor had its words read twice at one size.
        Assert.Equal(breaks.Count, breaks.Select(b => (RuntimeHelpers.GetHashCode(b.Paragraph), b.Scale, b.Width, b.MaxLines)).Distinct().Count());
        Assert.Equal(breaks.Select(b => (RuntimeHelpers.GetHashCode(b.Paragraph), b.Scale)).Distinct().Count(), laidOut.Text.WordReads);
    }

    private static List<TextElement> Texts(LayoutBox root) => [.. root.Descendants().Select(b => b.Element).OfType<TextElement>()];

    private (LayoutBox Root, ContentKit.Text.TextLayoutCache Cache) Lay(string markup)
    {
        var engine = new LayoutEngine(fonts.Text, new FixedImageSizes());
        return (engine.Layout(MarkupReader.Read(markup), new SizeF(800, 1000)), engine.TextCache);
    }
}
