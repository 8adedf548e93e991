namespace ContentKit.Layout.Elements;

/// <summary>A filter applied to a photo: <c>grayscale</c>, <c>blur(8)</c>, <c>brightness(0.8)</c>, <c>tint(#0E5E4A, 0.5)</c>, <c>duotone(#0A4436, #F2B705)</c>, <c>scrim(#0A4436, 4.5)</c>.</summary>
internal abstract record ImageFilter;

internal sealed record GrayscaleFilter : ImageFilter;

internal sealed record BlurFilter(float Radius) : ImageFilter;

internal sealed record BrightnessFilter(float Factor) : ImageFilter;

internal sealed record TintFilter(Rgba Color, float Amount) : ImageFilter;

internal sealed record DuotoneFilter(Rgba Dark, Rgba Light) : ImageFilter;

/// <summary>
/// <paramref name="Color"/> laid over the photo just strongly enough that white text on it reaches
/// <paramref name="Contrast"/>:1, measured on the photo as drawn: a bright photo gets a strong cover, a dark one little.
/// </summary>
internal sealed record ScrimFilter(Rgba Color, float Contrast) : ImageFilter;
