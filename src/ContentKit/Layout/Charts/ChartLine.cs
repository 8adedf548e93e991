using System.Collections.Immutable;
using System.Drawing;

namespace ContentKit.Layout.Charts;

/// <summary>A polyline through the values, with a round marker of <see cref="MarkerRadius"/> on each point.</summary>
internal sealed record ChartLine(ImmutableArray<PointF> Points, float Width, Rgba Color, float MarkerRadius);
