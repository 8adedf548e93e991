using ContentKit.Tests.Layout;

namespace ContentKit.Tests.Charts;

public class ProgressChartTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    [Fact]
    public void The_fill_is_value_over_100_of_the_track_by_default()
    {
        var chart = fonts.ArrangeNatural("""
            <chart kind="progress" value-format="percent" decimals="1">
              <item label="Vaksinasi lansia" value="87.5"/>
              <item label="Pembayaran PBB" value="64.2"/>
            </chart>
            """);

        Assert.Equal(2, chart.Tracks.Length);
        Assert.All(chart.Tracks, t => Assert.Equal(chart.Box.Width, t.Track.Width));
        BoundsAssert.Near(0.875f * chart.Tracks[0].Track.Width, chart.Tracks[0].Fill.Width, "fill of 87,5%");
        BoundsAssert.Near(0.642f * chart.Tracks[1].Track.Width, chart.Tracks[1].Fill.Width, "fill of 64,2%");
        Assert.All(chart.Tracks, t => Assert.Equal(t.Track.Left, t.Fill.Left));
    }

    [Fact]
    public void Max_sets_the_full_track_and_values_past_it_or_below_zero_are_clamped()
    {
        var chart = fonts.ArrangeNatural("""
            <chart kind="progress" max="250">
              <item label="Sekolah" value="100"/>
              <item label="Lebih" value="300"/>
              <item label="Kurang" value="-5"/>
            </chart>
            """);
        var width = chart.Tracks[0].Track.Width;

        BoundsAssert.Near(0.4f * width, chart.Tracks[0].Fill.Width, "fill of 100 of 250");
        BoundsAssert.Near(width, chart.Tracks[1].Fill.Width, "fill past max");
        BoundsAssert.Near(0, chart.Tracks[2].Fill.Width, "fill below zero");
    }

    [Fact]
    public void Each_track_has_its_label_on_the_left_and_value_on_the_right_above_it()
    {
        var chart = fonts.ArrangeNatural("""
            <chart kind="progress" value-format="percent" decimals="1">
              <item label="Vaksinasi lansia" value="87.5"/>
              <item label="Pembayaran PBB" value="64.2"/>
            </chart>
            """);

        foreach (var track in chart.Tracks)
        {
            var label = chart.Categories().Single(l => l.Item == track.Item);
            var value = chart.Values().Single(l => l.Item == track.Item);
            Assert.Equal(track.Track.Left, label.Rect.Left);
            BoundsAssert.Near(track.Track.Right, value.Rect.Right, "value at the right end");
            Assert.True(label.Rect.Bottom <= track.Track.Top && value.Rect.Bottom <= track.Track.Top, "label and value above the track");
        }

        Assert.True(chart.Tracks[1].Track.Top > chart.Tracks[0].Track.Bottom + chart.Values().First().Rect.Height, "rows are stacked");
        Assert.Equal(["87,5%", "64,2%"], chart.Values().Select(l => l.Text));
    }
}
