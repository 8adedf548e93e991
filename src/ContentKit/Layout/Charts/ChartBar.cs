using System.Drawing;

namespace ContentKit.Layout.Charts;

/// <summary>A bar: <see cref="Radius"/> rounds the corners at its value end (<see cref="Corners"/>), not at the baseline.</summary>
internal sealed record ChartBar(RectangleF Rect, Rgba Color, float Radius, BarEnd Corners, int Item);
