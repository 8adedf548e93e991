using System.Collections.Immutable;

namespace ContentKit.Layout.Scenes;

/// <summary>Property values at a time in the scene (seconds). Properties not named keep their neighbours' values.</summary>
internal sealed record Keyframe(double Time, ImmutableDictionary<MotionProperty, double> Values);

/// <summary>What a keyframe can set: opacity (0…1), x and y offsets in pixels, scale (1 = as laid out), rotation in degrees.</summary>
internal enum MotionProperty
{
    Opacity,
    X,
    Y,
    Scale,
    Rotate,
}
