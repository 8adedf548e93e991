using ContentKit.Layout;

namespace ContentKit.Drawing.Icons;

/// <summary>One cached drawing: an icon in an opaque colour with a line width. Alpha is applied when painting, so it is not part of the key.</summary>
internal readonly record struct IconKey(string Name, Rgba Color, float? StrokeWidth);
