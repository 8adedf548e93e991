using System.Drawing;

namespace ContentKit.Layout.Charts;

/// <summary>A straight line: the zero baseline of bar and line charts.</summary>
internal sealed record ChartRule(PointF From, PointF To, float Width, Rgba Color);
