using System.Drawing;

namespace ContentKit.Layout.Charts;

/// <summary>One pictogram icon, in the item's colour when <see cref="Filled"/>, else in the track colour; a dot when <see cref="Icon"/> is null.</summary>
internal sealed record ChartCell(RectangleF Rect, bool Filled, Rgba Color, string? Icon, int Item);
