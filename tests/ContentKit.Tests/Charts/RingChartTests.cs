using ContentKit.Layout.Charts;
using ContentKit.Tests.Layout;

namespace ContentKit.Tests.Charts;

public class RingChartTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    [Fact]
    public void Each_ring_is_a_full_track_and_an_arc_of_value_over_max_from_twelve_o_clock()
    {
        var chart = fonts.ArrangeNatural("""
            <chart kind="ring" value-format="percent">
              <item label="Air bersih" value="94"/>
              <item label="Sanitasi layak" value="25"/>
            </chart>
            """);

        var tracks = chart.Arcs.Where(a => a.Item is null).ToList();
        var fills = chart.Arcs.Where(a => a.Item is not null).ToList();
        Assert.Equal(2, tracks.Count);
        Assert.All(tracks, t => Assert.Equal(360, t.SweepAngle));
        Assert.Equal(0.94 * 360, fills[0].SweepAngle, 0.01);
        Assert.Equal(0.25 * 360, fills[1].SweepAngle, 0.01);
        Assert.All(fills, f => Assert.Equal(-90, f.StartAngle));
        Assert.All(fills, f => Assert.True(f.RoundCaps));
        Assert.True(fills[1].Centre.X > fills[0].Centre.X, "rings side by side");
        Assert.Equal(fills[0].Centre.Y, fills[1].Centre.Y);
    }

    [Fact]
    public void The_value_is_in_the_ring_and_the_label_under_it()
    {
        var chart = fonts.ArrangeNatural("""
            <chart kind="ring" value-format="percent">
              <item label="Air bersih" value="94"/>
            </chart>
            """);
        var ring = chart.Arcs.Single(a => a.Item == 0);
        var value = Assert.Single(chart.Values());
        var label = Assert.Single(chart.Categories());

        Assert.Equal("94%", value.Text);
        Assert.True(value.Rect.Width < 2 * ring.InnerRadius);
        BoundsAssert.Near(ring.Centre.Y, value.Rect.Top + (value.Rect.Height / 2), "value centred in the ring");
        Assert.True(label.Rect.Top > ring.Centre.Y + ring.OuterRadius, "label under the ring");
        Assert.Equal(ChartLabelRole.Category, label.Role);
    }
}
