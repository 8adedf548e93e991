using System.Drawing;
using ContentKit.Layout.Charts;
using ContentKit.Layout.Elements;
using ContentKit.Layout.Markup;
using ContentKit.Tests.Layout;

namespace ContentKit.Tests.Charts;

/// <summary>Reads a <c>&lt;chart&gt;</c> from markup the way a render does and lays it out in a box.</summary>
internal static class ChartMarkup
{
    /// <summary>The content box the examples use: a chart in a 1080 px page with 60 px margins.</summary>
    public static readonly RectangleF Box = new(60, 100, 960, 600);

    public static ChartElement Read(string markup) => (ChartElement)MarkupReader.Read(markup);

    public static ChartGeometry Arrange(this BundledFonts fonts, string markup) => fonts.Arrange(markup, Box);

    public static ChartGeometry Arrange(this BundledFonts fonts, string markup, RectangleF box) =>
        ChartLayout.Arrange(Read(markup), box, fonts.Text);

    /// <summary>The chart in a box of the box's width and the height the chart prefers at that width.</summary>
    public static ChartGeometry ArrangeNatural(this BundledFonts fonts, string markup, float width = 960)
    {
        var chart = Read(markup);
        var height = ChartLayout.PreferredHeight(chart, width, fonts.Text);
        return ChartLayout.Arrange(chart, new RectangleF(60, 100, width, height), fonts.Text);
    }

    public static IEnumerable<ChartLabel> Values(this ChartGeometry chart) => chart.Labels.Where(l => l.Role == ChartLabelRole.Value);

    public static IEnumerable<ChartLabel> Categories(this ChartGeometry chart) => chart.Labels.Where(l => l.Role == ChartLabelRole.Category);
}
