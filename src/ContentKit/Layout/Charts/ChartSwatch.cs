using System.Drawing;

namespace ContentKit.Layout.Charts;

/// <summary>A legend's colour dot: a circle in <see cref="Rect"/>.</summary>
internal sealed record ChartSwatch(RectangleF Rect, Rgba Color, int Item);
