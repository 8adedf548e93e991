using System.Collections.Immutable;

namespace ContentKit.Layout;

/// <summary>What fills an area: a solid colour or a gradient.</summary>
internal abstract record Fill;

internal sealed record SolidFill(Rgba Color) : Fill;

/// <summary>A CSS-style linear gradient: <c>linear-gradient(180deg, #0E5E4A, #123047 80%)</c>.</summary>
/// <param name="Angle">Degrees, CSS convention: 0 points up, 90 points right, 180 (default) points down.</param>
/// <param name="Stops">Colours with offsets from 0 (start) to 1 (end), in order.</param>
internal sealed record LinearGradientFill(float Angle, ImmutableArray<GradientStop> Stops) : Fill;

/// <summary>A CSS-style radial gradient from the centre outwards: <c>radial-gradient(#FFFFFF40, #FFFFFF00 70%)</c>.</summary>
internal sealed record RadialGradientFill(ImmutableArray<GradientStop> Stops) : Fill;

internal readonly record struct GradientStop(Rgba Color, float Offset);
