using ContentKit.Layout.Scenes;

namespace ContentKit.Drawing;

/// <summary>
/// Where an element is in its animation at one moment: multipliers and offsets applied on top of its laid-out
/// box. The identity state paints the element exactly as an image would.
/// </summary>
/// <param name="Opacity">0…1, multiplied with the element's own opacity.</param>
/// <param name="X">Horizontal offset in pixels.</param>
/// <param name="Y">Vertical offset in pixels.</param>
/// <param name="Scale">Size around the box's centre, 1 = as laid out.</param>
/// <param name="Rotate">Degrees clockwise, added to the element's own rotation.</param>
/// <param name="Reveal">The share of the box shown by a wipe, 1 = all.</param>
/// <param name="Wipe">The direction of the wipe (one of the wipe presets).</param>
/// <param name="Typed">The share of the characters a typewriter has written, 1 = all.</param>
/// <param name="Counted">How far a count-up has counted towards the number written, 1 = there.</param>
/// <param name="Zoom">Ken Burns progress through the scene, 0 = start (no zoom).</param>
internal readonly record struct MotionState(
    float Opacity, float X, float Y, float Scale, float Rotate, float Reveal, MotionPreset Wipe, float Typed, float Counted, float Zoom)
{
    /// <summary>How much a Ken Burns move enlarges its element by the end of the scene.</summary>
    public const float KenBurnsZoom = 0.12f;

    public static MotionState Identity { get; } = new(1, 0, 0, 1, 0, 1, MotionPreset.WipeRight, 1, 1, 0);

    public bool Transforms => X != 0 || Y != 0 || Scale != 1 || Rotate != 0;
}
