using ContentKit.Tests.Layout;

namespace ContentKit.Tests.Charts;

/// <summary>A chart in page markup: the layout engine sizes its box and lays out the chart in its content box.</summary>
public class ChartInPageTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private const string Items = """
        <item label="Sananwetan" value="45210"/>
        <item label="Sukorejo" value="64120"/>
        """;

    [Fact]
    public void A_chart_takes_the_width_and_its_preferred_height()
    {
        var page = fonts.Lay($"""<column padding="40"><chart kind="bar">{Items}</chart></column>""", 1080, 1350);
        var box = page.At(0);

        BoundsAssert.Equal(40, 40, 1000, 620, box);
        Assert.NotNull(box.Chart);
        Assert.Equal(box.Bounds, box.Chart.Box);
    }

    [Fact]
    public void A_height_in_markup_wins_and_padding_makes_the_content_box()
    {
        var page = fonts.Lay($"""<column><chart kind="donut" height="500" padding="20">{Items}</chart></column>""", 1080, 1350);
        var box = page.At(0);

        BoundsAssert.Size(1080, 500, box);
        Assert.Equal(new System.Drawing.RectangleF(20, 20, 1040, 460), box.Chart!.Box);
        Assert.All(box.Chart.Arcs, a => Assert.True(a.OuterRadius <= 230));
    }

    [Fact]
    public void Stacked_progress_bars_ask_for_more_height_for_more_items()
    {
        var one = fonts.Lay("""<column><chart kind="progress"><item label="A" value="1"/></chart></column>""", 1080, 1350).At(0);
        var three = fonts.Lay("""<column><chart kind="progress"><item label="A" value="1"/><item label="B" value="2"/><item label="C" value="3"/></chart></column>""", 1080, 1350).At(0);

        Assert.True(three.Bounds.Height > 2.5f * one.Bounds.Height);
    }
}
