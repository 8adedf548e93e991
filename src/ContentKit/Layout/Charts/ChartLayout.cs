using System.Drawing;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Charts;

/// <summary>
/// Lays out a chart: the height it wants at a width, and its marks in a box. Every label is placed inside
/// the box. A chart without items takes no height and has no marks.
/// </summary>
internal static class ChartLayout
{
    public static float PreferredHeight(ChartElement chart, float width, TextEngine text)
    {
        if (chart.Items.IsEmpty || width <= 0)
        {
            return 0;
        }

        var labels = new ChartText(text, chart);
        return chart.Kind switch
        {
            ChartKind.Bar => BarChartLayout.PreferredHeight(width),
            ChartKind.HorizontalBar => HorizontalBarChartLayout.PreferredHeight(chart, width, labels),
            ChartKind.Line or ChartKind.Area => LineChartLayout.PreferredHeight(width),
            ChartKind.Donut or ChartKind.Pie => PieChartLayout.PreferredHeight(chart, width, labels),
            ChartKind.Progress => ProgressChartLayout.PreferredHeight(chart, labels),
            ChartKind.Ring => RingChartLayout.PreferredHeight(chart, width, labels),
            ChartKind.Pictogram => PictogramChartLayout.PreferredHeight(chart, width, labels),
            _ => throw new ArgumentOutOfRangeException(nameof(chart), chart.Kind, "Unknown chart kind."),
        };
    }

    public static ChartGeometry Arrange(ChartElement chart, RectangleF box, TextEngine text)
    {
        if (chart.Items.IsEmpty || box.Width <= 0 || box.Height <= 0)
        {
            return new ChartGeometry(box);
        }

        var labels = new ChartText(text, chart);
        return chart.Kind switch
        {
            ChartKind.Bar => BarChartLayout.Arrange(chart, box, labels),
            ChartKind.HorizontalBar => HorizontalBarChartLayout.Arrange(chart, box, labels),
            ChartKind.Line or ChartKind.Area => LineChartLayout.Arrange(chart, box, labels),
            ChartKind.Donut or ChartKind.Pie => PieChartLayout.Arrange(chart, box, labels),
            ChartKind.Progress => ProgressChartLayout.Arrange(chart, box, labels),
            ChartKind.Ring => RingChartLayout.Arrange(chart, box, labels),
            ChartKind.Pictogram => PictogramChartLayout.Arrange(chart, box, labels),
            _ => throw new ArgumentOutOfRangeException(nameof(chart), chart.Kind, "Unknown chart kind."),
        };
    }
}
