namespace ContentKit.Layout.Scenes;

/// <summary>How one scene gives way to the next, over <see cref="Duration"/> seconds at the start of the new scene.</summary>
internal sealed record Transition(TransitionKind Kind, double Duration, Easing Easing);

/// <summary>
/// Scene transitions. Push moves both scenes; slide moves the new scene in over the old one, which drifts a third
/// as far and darkens (parallax: content moves, no text is doubled); wipe uncovers the new scene in the direction named.
/// </summary>
internal enum TransitionKind
{
    Crossfade,
    SlideLeft,
    SlideRight,
    SlideUp,
    SlideDown,
    PushLeft,
    PushRight,
    PushUp,
    PushDown,
    WipeLeft,
    WipeRight,
    WipeUp,
    WipeDown,
    Zoom,
}
