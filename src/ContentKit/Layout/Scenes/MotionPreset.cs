namespace ContentKit.Layout.Scenes;

/// <summary>
/// A named entrance or exit. Slides are named by the direction the element moves: <c>slide-up</c> rises into
/// place from below. Wipes reveal the element in the direction named.
/// </summary>
internal enum MotionPreset
{
    Fade,
    SlideUp,
    SlideDown,
    SlideLeft,
    SlideRight,
    Pop,
    Zoom,
    WipeLeft,
    WipeRight,
    WipeUp,
    WipeDown,
    Typewriter,
    CountUp,
    KenBurns,
}
