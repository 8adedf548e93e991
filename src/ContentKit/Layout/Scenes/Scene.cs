using ContentKit.Layout.Elements;

namespace ContentKit.Layout.Scenes;

/// <summary>One scene: a full-frame <c>layers</c> container shown for <see cref="Duration"/> seconds.</summary>
/// <param name="Root">The scene's content, laid out once at the frame size.</param>
/// <param name="Duration">Seconds on screen, counted from the start of the transition into it.</param>
/// <param name="Transition">How the previous scene gives way to this one; null cuts.</param>
internal sealed record Scene(ContainerElement Root, double Duration, Transition? Transition);
