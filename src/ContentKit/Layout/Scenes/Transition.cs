namespace ContentKit.Layout.Scenes;

/// <summary>How one scene gives way to the next, over <see cref="Duration"/> seconds at the start of the new scene.</summary>
internal sealed record Transition(TransitionKind Kind, double Duration, Easing Easing);

/// <summary>Scene transitions. Push moves both scenes; wipe uncovers the new scene in the direction named.</summary>
internal enum TransitionKind
{
    Crossfade,
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
