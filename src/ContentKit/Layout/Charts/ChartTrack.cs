using System.Drawing;

namespace ContentKit.Layout.Charts;

/// <summary>A progress bar: the whole <see cref="Track"/> and the <see cref="Fill"/> from its left edge; both have fully rounded ends.</summary>
internal sealed record ChartTrack(RectangleF Track, RectangleF Fill, Rgba TrackColor, Rgba FillColor, int Item);
