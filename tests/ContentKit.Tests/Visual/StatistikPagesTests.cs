using System.Text.RegularExpressions;
using ContentKit.Layout;
using ContentKit.Layout.Charts;
using ContentKit.Layout.Elements;
using ContentKit.Templates;

namespace ContentKit.Tests.Visual;

/// <summary>
/// The numbers of a 30-row <c>statistik</c> table on every page of every format, from the laid-out tree (no
/// pixels): the grand total everywhere, every row once and largest first, one bar scale, the largest accented.
/// </summary>
public sealed class StatistikPagesTests : IDisposable
{
    private readonly TemplateLibrary _library = new(TestPaths.Templates);
    private readonly Renderer _renderer;

    public StatistikPagesTests() => _renderer = new Renderer(_library, _library.Load("statistik"), new RenderOptions { DataFolder = TestPaths.Samples });

    /// <summary>Each format and how many pages its <c>page_size</c> makes of 30 rows (10, 7, 12 and 8 a page).</summary>
    public static TheoryData<string, int> Pages => new() { { "feed", 3 }, { "square", 5 }, { "story", 3 }, { "landscape", 4 } };

    public static TheoryData<string> Formats => new() { "feed", "square", "story", "landscape" };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_page_prints_the_grand_total_with_its_unit_beside_it(string format, int pageCount)
    {
        var pages = Lay(format);

        Assert.Equal(pageCount, pages.Count);
        Assert.All(pages, page =>
        {
            var total = Assert.Single(Texts(page), box => ((TextElement)box.Element).Text == ThirtyRowTable.TotalText);
            var unit = Assert.Single(Texts(page), box => ((TextElement)box.Element).Text == "jiwa");
            var gap = unit.Bounds.Left - (total.Bounds.Left + total.Text!.Width);
            Assert.InRange(gap, 0, 40);
        });
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_pages_show_every_row_once_largest_first(string format)
    {
        var items = Lay(format).SelectMany(page => Chart(page).Element.Items).ToList();

        var expected = ThirtyRowTable.Kelurahan.Select((name, i) => (name, ThirtyRowTable.Jumlah(i))).OrderByDescending(r => r.Item2).ToList();
        Assert.Equal(expected, items.Select(i => (i.Label, i.Value)));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_page_draws_its_bars_on_the_scale_of_the_whole_table(string format)
    {
        var pages = Lay(format).Select(Chart).ToList();

        // Page 1's first bar is the table's largest value; its length per unit is the scale every other bar keeps.
        var first = pages[0].Geometry.Bars[0];
        var perUnit = first.Rect.Width / ThirtyRowTable.Largest;
        Assert.All(pages, page => Assert.All(page.Geometry.Bars, bar =>
        {
            Assert.Equal(first.Rect.Left, bar.Rect.Left, 0.01f);
            Assert.Equal(page.Element.Items[bar.Item].Value * perUnit, bar.Rect.Width, 0.05f);
        }));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Only_the_largest_bar_of_the_table_is_accented(string format)
    {
        var bars = Lay(format).Select(Chart).SelectMany(page => page.Geometry.Bars.Select(bar => (page.Element.Items[bar.Item].Value, bar.Color))).ToList();

        var accent = _renderer.Brand.Colors["accent"];
        var primary = _renderer.Brand.Colors["primary"];
        Assert.Equal(ThirtyRowTable.Kelurahan.Length, bars.Count);
        Assert.Equal([(ThirtyRowTable.Largest, accent)], bars.Where(b => Hex(b.Color) == accent).Select(b => (b.Value, Hex(b.Color))));
        Assert.All(bars.Skip(1), bar => Assert.Equal(primary, Hex(bar.Color)));
    }

    [Fact]
    public void Every_format_scales_its_bars_from_the_same_largest_value()
    {
        // Across formats the bars differ in pixels, but the largest value fills the same share of the bars' room
        // on every format, and a row's bar is the same share of it wherever it is drawn.
        var shares = ((IEnumerable<object[]>)Formats).Select(f => (string)f[0]).Select(format =>
        {
            var pages = Lay(format);
            return Chart(pages[^1]).Geometry.Bars[^1].Rect.Width / (double)Chart(pages[0]).Geometry.Bars[0].Rect.Width;
        }).ToList();

        var smallest = ThirtyRowTable.Kelurahan.Select((_, i) => ThirtyRowTable.Jumlah(i)).Min();
        Assert.All(shares, share => Assert.Equal(smallest / ThirtyRowTable.Largest, share, 0.001));
    }

    [Fact]
    public void Tesseract_reads_the_grand_total_on_every_feed_page()
    {
        var feed = _renderer.Template.Format("feed");
        var units = _renderer.Template.Plan(ThirtyRowTable.Bind(_renderer), feed).ToList();

        Assert.Equal(3, units.Count);
        Assert.All(units, unit =>
        {
            using var png = new MemoryStream();
            _renderer.Render(unit, feed, Output.OutputType.Png, png);
            // The whole number, not part of a longer one; the headline's wide tracking can read as "220 . 422".
            var text = TextRecognition.Read(png.ToArray()).Replace(" ", "", StringComparison.Ordinal);
            Assert.Matches($@"(?<![0-9.]){Regex.Escape(ThirtyRowTable.TotalText)}(?![0-9])", text);
        });
    }

    public void Dispose() => _renderer.Dispose();

    private static string Hex(Rgba color) => $"#{color.R:X2}{color.G:X2}{color.B:X2}";

    private static IEnumerable<LayoutBox> Texts(LayoutBox page) => page.Descendants().Where(box => box.Element is TextElement && box.Text is not null);

    private static (ChartElement Element, ChartGeometry Geometry) Chart(LayoutBox page)
    {
        var box = Assert.Single(page.Descendants(), b => b.Element is ChartElement);
        return ((ChartElement)box.Element, box.Chart!);
    }

    private List<LayoutBox> Lay(string format)
    {
        var output = _renderer.Template.Format(format);
        return [.. _renderer.Template.Plan(ThirtyRowTable.Bind(_renderer), output).Select(unit => _renderer.Layout(unit, output, CancellationToken.None))];
    }
}
