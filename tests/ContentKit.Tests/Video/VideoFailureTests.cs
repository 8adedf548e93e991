using System.Diagnostics;
using ContentKit.Output;
using ContentKit.Templates;
using ContentKit.Tests.Templates;

namespace ContentKit.Tests.Video;

/// <summary>Whatever stops a video (no ffmpeg, ffmpeg failing or killed, Ctrl+C), no MP4 or temporary file is left behind.</summary>
public sealed class VideoFailureTests
{
    private const string Manifest = """
        {
          "id": "uji-video",
          "title": "Uji video",
          "kind": "video",
          "formats": [ { "name": "kecil", "width": 320, "height": 568 }, { "name": "whatsapp", "width": 720, "height": 1280 } ],
          "fields": [ { "name": "judul", "type": "text", "required": true } ]
        }
        """;

    [Fact]
    public async Task Missing_ffmpeg_is_a_clear_error_and_writes_nothing()
    {
        var (renderer, row, folder) = Open("<video><scene duration=\"1\"><text>{{ row.judul }}</text></scene></video>");
        using (renderer)
        {
            var error = await Assert.ThrowsAsync<ContentKitException>(() => renderer.RenderVideoAsync(row, Format(renderer), Path.Combine(folder, "a.mp4")));
            Assert.Contains("ffmpeg was not found at '/tidak/ada/ffmpeg'", error.Message, StringComparison.Ordinal);
            Assert.Contains("apt-get install ffmpeg", error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task An_ffmpeg_failure_carries_ffmpegs_own_message()
    {
        var (renderer, row, folder) = Open("<video><audio src=\"rusak.ogg\"/><scene duration=\"1\"><text>{{ row.judul }}</text></scene></video>", ffmpeg: Ffmpeg.Program);
        using (renderer)
        {
            var error = await Assert.ThrowsAsync<ContentKitException>(() => renderer.RenderVideoAsync(row, Format(renderer), Path.Combine(folder, "a.mp4")));
            Assert.True(error.Message.Contains("ffmpeg failed with exit code", StringComparison.Ordinal), error.Message);
            // What ffmpeg itself printed about the broken file, quoted.
            Assert.True(error.Message.Contains("ffmpeg said: ", StringComparison.Ordinal) && error.Message.Contains("rusak.ogg", StringComparison.Ordinal), error.Message);
            Assert.DoesNotContain("pipe", error.Message, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Killing_ffmpeg_mid_render_leaves_no_video_and_says_it_was_killed()
    {
        // A stand-in named ffmpeg that records its process id and then becomes the real ffmpeg.
        var bin = TestPaths.NewTempFolder();
        var pidFile = Path.Combine(bin, "pid");
        var wrapper = Path.Combine(bin, "ffmpeg");
        File.WriteAllText(wrapper, $"#!/bin/sh\necho $$ > '{pidFile}'\nexec '{Ffmpeg.Program}' \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var (renderer, row, folder) = Open("<video><scene duration=\"60\"><text enter=\"fade\" keyframes=\"0: x 0; 60: x 200\">{{ row.judul }}</text></scene></video>", ffmpeg: wrapper);
        using (renderer)
        {
            var render = renderer.RenderVideoAsync(row, Format(renderer), Path.Combine(folder, "a.mp4"));
            var clock = Stopwatch.StartNew();
            while (!File.Exists(pidFile) || File.ReadAllText(pidFile).Trim().Length == 0)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "ffmpeg did not start");
                await Task.Delay(20);
            }

            await Task.Delay(500);
            Process.GetProcessById(int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture)).Kill();
            var error = await Assert.ThrowsAsync<ContentKitException>(() => render);
            Assert.Contains("ffmpeg was stopped by signal 9 (killed) before the video was finished; no video was written.", error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_ffmpeg_that_succeeds_without_writing_the_video_is_a_clear_error()
    {
        // A stand-in named ffmpeg that reads every frame, as ffmpeg would, and then writes nothing.
        var wrapper = Path.Combine(TestPaths.NewTempFolder(), "ffmpeg");
        File.WriteAllText(wrapper, $$"""
            #!/usr/bin/env bash
            input=()
            while [[ $# -gt 0 ]]; do input+=("$1"); [[ $1 == -i ]] && { input+=("$2"); break; }; shift; done
            exec '{{Ffmpeg.Program}}' "${input[@]}" -map 0:v -f null -
            """);
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var (renderer, row, folder) = Open("<video><scene duration=\"1\"><text>{{ row.judul }}</text></scene></video>", ffmpeg: wrapper);
        using (renderer)
        {
            var error = await Assert.ThrowsAsync<ContentKitException>(() => renderer.RenderVideoAsync(row, Format(renderer), Path.Combine(folder, "a.mp4")));
            Assert.Equal($"{wrapper} finished without an error but wrote no video; is it really ffmpeg? No video was written.", error.Message);
        }

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Cancelling_stops_ffmpeg_and_leaves_no_video()
    {
        var (renderer, row, folder) = Open("<video><scene duration=\"60\"><text keyframes=\"0: x 0; 60: x 200\">{{ row.judul }}</text></scene></video>", ffmpeg: Ffmpeg.Program);
        using (renderer)
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1.5));
            var clock = Stopwatch.StartNew();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => renderer.RenderVideoAsync(row, Format(renderer), Path.Combine(folder, "a.mp4"), cancel.Token));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "cancellation should stop a 60-second render promptly");
        }

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_whatsapp_video_longer_than_30_seconds_is_refused_before_rendering()
    {
        var (renderer, row, folder) = Open("<video><scene duration=\"20\"/><scene duration=\"15\"/></video>", ffmpeg: Ffmpeg.Program);
        using (renderer)
        {
            var error = await Assert.ThrowsAsync<ContentKitException>(() => renderer.RenderVideoAsync(row, renderer.Template.Format("whatsapp"), Path.Combine(folder, "a.mp4")));
            Assert.Contains("The video is 35 s long, but the whatsapp format allows at most 30 s.", error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFiles(folder));
    }

    private static OutputFormat Format(Renderer renderer) => renderer.Template.Format("kecil");

    private static (Renderer Renderer, BoundRow Row, string Folder) Open(string layout, string ffmpeg = "/tidak/ada/ffmpeg")
    {
        var template = new TemplateFolder(layout, Manifest);
        File.WriteAllBytes(Path.Combine(template.Folder, "rusak.ogg"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))]);
        var renderer = new Renderer(TemplateFolder.Library, template.Load(), new RenderOptions { Video = new VideoOptions { Ffmpeg = ffmpeg } });
        var row = renderer.Bind(new Dictionary<string, object?> { ["judul"] = "Uji" });
        return (renderer, row, TestPaths.NewTempFolder());
    }
}
