using System.Drawing;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Charts;

/// <summary>Lays out a chart: the height it wants at a width, and its marks in a box.</summary>
internal static class ChartLayout
{
    public static float PreferredHeight(ChartElement chart, float width, TextEngine text) => throw new NotImplementedException();

    public static ChartGeometry Arrange(ChartElement chart, RectangleF box, TextEngine text) => throw new NotImplementedException();
}
