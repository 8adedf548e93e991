using System.Drawing;

namespace ContentKit.Layout.Charts;

/// <summary>
/// A slice of a ring (donut, ring) or, with <see cref="InnerRadius"/> 0, of a pie. Angles are degrees,
/// clockwise from 3 o'clock as Skia draws them, so 12 o'clock is −90. <see cref="Item"/> is null for a track
/// (the unfilled part); <see cref="RoundCaps"/> gives ring progress round ends, where slices of a whole have square ones.
/// </summary>
internal sealed record ChartArc(PointF Centre, float OuterRadius, float InnerRadius, float StartAngle, float SweepAngle, Rgba Color, int? Item, bool RoundCaps = false);
