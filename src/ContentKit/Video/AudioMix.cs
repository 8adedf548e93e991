using System.Globalization;
using System.Text;
using ContentKit.Layout.Scenes;

namespace ContentKit.Video;

/// <summary>
/// The ffmpeg filter graph for the sound: music looped (by the input option) and trimmed to the video, with
/// fades and volume; a voice-over delayed to its start, with the music ducked under it by a sidechain
/// compressor; the mix normalised to −14 LUFS, the loudness Instagram, TikTok and YouTube play at.
/// Inputs: 1 is the music, then the voice (or 1 when there is no music).
/// </summary>
internal static class AudioMix
{
    public const string Output = "[a]";

    public static string Graph(AudioTrack? music, AudioTrack? voice, double duration)
    {
        var graph = new StringBuilder();
        var input = 1;
        string? mix = null;
        if (music is not null)
        {
            graph.Append(F($"[{input++}:a]atrim=0:{duration},asetpts=PTS-STARTPTS,{Delay(music)}volume={music.Volume:0.###},"))
                .Append(F($"afade=t=in:st={music.Start}:d={music.FadeIn},afade=t=out:st={Math.Max(0, duration - music.FadeOut)}:d={music.FadeOut}[music];"));
            mix = "[music]";
        }

        if (voice is not null)
        {
            graph.Append(F($"[{input}:a]{Delay(voice)}volume={voice.Volume:0.###},apad,atrim=0:{duration}[voice];"));
            if (mix is not null)
            {
                graph.Append("[voice]asplit=2[voice1][voice2];")
                    .Append("[music][voice1]sidechaincompress=threshold=0.03:ratio=8:attack=20:release=400[ducked];")
                    .Append("[ducked][voice2]amix=inputs=2:duration=first:normalize=0[mix];");
                mix = "[mix]";
            }
            else
            {
                mix = "[voice]";
            }
        }

        return mix is null
            ? F($"anullsrc=r=48000:cl=stereo,atrim=0:{duration}{Output}")
            : graph.Append(F($"{mix}loudnorm=I=-14:TP=-1.5:LRA=11,aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,apad,atrim=0:{duration}{Output}")).ToString();
    }

    private static string Delay(AudioTrack track)
    {
        var ms = (int)Math.Round(track.Start * 1000);
        return ms > 0 ? F($"adelay={ms}:all=1,") : "";
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
