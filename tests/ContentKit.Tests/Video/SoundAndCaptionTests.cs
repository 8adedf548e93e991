using System.Diagnostics;
using ContentKit.Tests.Templates;

namespace ContentKit.Tests.Video;

/// <summary>A voice-over is mixed over the music, and SRT captions appear exactly while their cue lasts.</summary>
public sealed class SoundAndCaptionTests
{
    private const string Manifest = """
        {
          "id": "uji-suara",
          "title": "Uji suara",
          "kind": "video",
          "formats": [ { "name": "kecil", "width": 320, "height": 568 } ],
          "fields": [ { "name": "judul", "type": "text", "required": true } ]
        }
        """;

    [Fact]
    public async Task A_voice_over_with_music_gives_one_aac_track_as_long_as_the_video()
    {
        var data = TestPaths.NewTempFolder();
        Tone(Path.Combine(data, "suara.wav"), seconds: 2);
        var (renderer, row) = Open(
            "<video><audio src=\"music:irama-blitar.ogg\"/><voiceover src=\"data:suara.wav\" start=\"0.5\"/><scene duration=\"4\"><text>{{ row.judul }}</text></scene></video>",
            data);
        var video = Path.Combine(data, "a.mp4");
        using (renderer)
        {
            await renderer.RenderVideoAsync(row, renderer.Template.Format("kecil"), video);
        }

        var audio = Assert.Single(Ffmpeg.Probe(video).GetProperty("streams").EnumerateArray(), s => s.GetProperty("codec_type").GetString() == "audio");
        var seconds = double.Parse(audio.GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 4 - (1 / 30.0), 4 + (1 / 30.0));
    }

    [Fact]
    public void Srt_captions_show_during_their_cue_and_nowhere_else()
    {
        var data = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(data, "narasi.srt"), "1\n00:00:01,000 --> 00:00:02,000\nHalo warga Kota Blitar\n");
        var (renderer, row) = Open("<video><captions src=\"data:narasi.srt\"/><scene duration=\"3\"><text>{{ row.judul }}</text></scene></video>", data);
        using (renderer)
        {
            var unit = ContentKit.Templates.RenderUnit.Of(row);
            var format = renderer.Template.Format("kecil");
            using var before = renderer.RenderFrame(unit, format, 0.5);
            using var during = renderer.RenderFrame(unit, format, 1.5);
            using var after = renderer.RenderFrame(unit, format, 2.5);
            var (b, d, a) = (Bytes(before), Bytes(during), Bytes(after));

            Assert.Equal(b, a);
            // The caption sits in the lower part of the frame, above the platform's buttons: the rows that changed say where.
            var changed = Enumerable.Range(0, 568).Where(y => !b.AsSpan(y * 320 * 4, 320 * 4).SequenceEqual(d.AsSpan(y * 320 * 4, 320 * 4))).ToList();
            Assert.NotEmpty(changed);
            Assert.InRange(changed.Min(), 568 / 2, 568);
            Assert.True(changed.Max() < 568 * 0.8, $"caption reaches row {changed.Max()}");
        }
    }

    private static byte[] Bytes(ContentKit.Video.FrameBuffer frame)
    {
        using var pixels = frame.Surface.PeekPixels();
        return pixels.GetPixelSpan().ToArray();
    }

    private static void Tone(string path, int seconds)
    {
        using var process = Process.Start(Ffmpeg.Program, ["-v", "error", "-y", "-f", "lavfi", "-i", $"sine=frequency=220:duration={seconds}", path]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private static (Renderer Renderer, ContentKit.Templates.BoundRow Row) Open(string layout, string data)
    {
        var template = new TemplateFolder(layout, Manifest);
        var renderer = new Renderer(TemplateFolder.Library, template.Load(), new RenderOptions { DataFolder = data });
        return (renderer, renderer.Bind(new Dictionary<string, object?> { ["judul"] = "Uji" }));
    }
}
