namespace ContentKit.Layout.Scenes;

/// <summary>A sound file under the video: music is looped or trimmed to the video's length, a voice-over plays once.</summary>
/// <param name="Source">The reference as written (<c>music:irama-blitar.ogg</c>, <c>data:suara/a.mp3</c>), resolved inside its root.</param>
/// <param name="Volume">Gain, 1 = as recorded.</param>
/// <param name="FadeIn">Seconds of fade at the start.</param>
/// <param name="FadeOut">Seconds of fade before the video ends.</param>
/// <param name="Start">Seconds into the video where the track starts.</param>
internal sealed record AudioTrack(string Source, double Volume, double FadeIn, double FadeOut, double Start);
