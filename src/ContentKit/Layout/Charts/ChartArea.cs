using System.Collections.Immutable;
using System.Drawing;

namespace ContentKit.Layout.Charts;

/// <summary>The region between a line through <see cref="Points"/> and the zero baseline at <see cref="BaselineY"/>.</summary>
internal sealed record ChartArea(ImmutableArray<PointF> Points, float BaselineY, Rgba Color);
