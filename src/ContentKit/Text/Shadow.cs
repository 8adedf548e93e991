namespace ContentKit.Text;

/// <summary>A drop shadow, written <c>x y blur color</c> (e.g. <c>0 12 32 #00000040</c>).</summary>
internal readonly record struct Shadow(float OffsetX, float OffsetY, float Blur, Rgba Color);
