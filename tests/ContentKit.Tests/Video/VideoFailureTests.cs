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
        var (wrapper, pidFile) = Wrapper("ffmpeg", $"echo $$ > '{{pid}}'\nexec '{Ffmpeg.Program}' \"$@\"");
        var (renderer, row, folder) = Open("<video><scene duration=\"60\"><text enter=\"fade\" keyframes=\"0: x 0; 60: x 200\">{{ row.judul }}</text></scene></video>", ffmpeg: wrapper);
        using (renderer)
        {
            var render = renderer.RenderVideoAsync(row, Format(renderer), Path.Combine(folder, "a.mp4"));
            // Killed as soon as it runs, whatever the machine's speed: the outcome is the same before or after its first frame.
            Process.GetProcessById(await StartedAsync(pidFile)).Kill();
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
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Cancelling_stops_ffmpeg_and_leaves_no_video_and_no_ffmpeg_running()
    {
        var (wrapper, pidFile) = Wrapper("ffmpeg", $"echo $$ > '{{pid}}'\nexec '{Ffmpeg.Program}' \"$@\"");
        var (renderer, row, folder) = Open("<video><scene duration=\"60\"><text keyframes=\"0: x 0; 60: x 200\">{{ row.judul }}</text></scene></video>", ffmpeg: wrapper);
        using (renderer)
        {
            using var cancel = new CancellationTokenSource();
            var render = renderer.RenderVideoAsync(row, Format(renderer), Path.Combine(folder, "a.mp4"), cancel.Token);
            // Cancelled once ffmpeg runs, not after a time that a slow or fast machine would read differently.
            var ffmpeg = await StartedAsync(pidFile);
            await cancel.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => render);
            Assert.True(HasEnded(ffmpeg), "ffmpeg is still running after the cancelled render returned");
        }

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_ffmpeg_given_is_the_one_run_whatever_its_file_is_called()
    {
        var (wrapper, pidFile) = Wrapper("ffmpeg-kantor", $"echo $$ > '{{pid}}'\nexec '{Ffmpeg.Program}' \"$@\"");
        var (renderer, row, folder) = Open("<video><scene duration=\"1\"><text>{{ row.judul }}</text></scene></video>", ffmpeg: wrapper);
        using (renderer)
        {
            await renderer.RenderVideoAsync(row, Format(renderer), Path.Combine(folder, "a.mp4"));
        }

        Assert.True(File.Exists(pidFile), "the ffmpeg given was not run");
        Assert.Equal(["a.mp4", "a.png"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("en", "ffmpeg took no frame for 2 s and was stopped; no video was written.")]
    [InlineData("id", "ffmpeg tidak mengambil bingkai selama 2 detik dan dihentikan; tidak ada video yang ditulis.")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_ffmpeg_that_never_reads_its_frames_is_stopped_at_the_deadline(string language, string expected)
    {
        var (wrapper, pidFile) = Wrapper("ffmpeg", "echo $$ > '{pid}'\nexec sleep 600");
        var (renderer, row, folder) = Open("<video><scene duration=\"2\"><text>{{ row.judul }}</text></scene></video>", ffmpeg: wrapper, stall: TimeSpan.FromSeconds(2));
        using (renderer)
        using (language == "id" ? UiLanguage.Indonesian() : UiLanguage.English())
        {
            var error = await Assert.ThrowsAsync<ContentKitException>(() => renderer.RenderVideoAsync(row, Format(renderer), Path.Combine(folder, "a.mp4")));
            Assert.Equal(expected, error.Message);
        }

        Assert.True(HasEnded(await StartedAsync(pidFile)), "the stalled ffmpeg is still running");
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Theory]
    [InlineData("en", "wrote a file that is not an MP4 video (")]
    [InlineData("id", "menulis berkas yang bukan video MP4 (")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_text_file_written_as_the_video_is_refused_after_checking_it_with_ffprobe(string language, string expected)
    {
        // Reads every frame as ffmpeg would, then writes 19 bytes of text where the video should be.
        var (wrapper, _) = Wrapper("ffmpeg", "cat > /dev/null\nfor a; do [[ $a == *.mp4 || $a == *.ck-tmp ]] && out=$a; done\nprintf 'ini bukan video mp4' > \"$out\"");
        var (renderer, row, folder) = Open("<video><scene duration=\"1\"><text>{{ row.judul }}</text></scene></video>", ffmpeg: wrapper);
        using (renderer)
        using (language == "id" ? UiLanguage.Indonesian() : UiLanguage.English())
        {
            var error = await Assert.ThrowsAsync<ContentKitException>(() => renderer.RenderVideoAsync(row, Format(renderer), Path.Combine(folder, "a.mp4")));
            Assert.True(error.Message.StartsWith($"{wrapper} {expected}", StringComparison.Ordinal), error.Message);
            Assert.Contains("Invalid data found when processing input", error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_ffmpeg_that_fails_before_reading_a_frame_is_quoted_with_its_exit_code()
    {
        var (wrapper, _) = Wrapper("ffmpeg", "echo \"Unknown encoder 'libx264'\" >&2\nexit 1");
        var (renderer, row, folder) = Open("<video><scene duration=\"1\"><text>{{ row.judul }}</text></scene></video>", ffmpeg: wrapper);
        using (renderer)
        {
            var error = await Assert.ThrowsAsync<ContentKitException>(() => renderer.RenderVideoAsync(row, Format(renderer), Path.Combine(folder, "a.mp4")));
            Assert.Equal("ffmpeg failed with exit code 1 before the video was finished; no video was written. ffmpeg said: Unknown encoder 'libx264'", error.Message);
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

    /// <summary>A shell script named <paramref name="name"/> in a new folder; <c>{pid}</c> in <paramref name="body"/> is a file it may write its process id to.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static (string Program, string PidFile) Wrapper(string name, string body)
    {
        var bin = TestPaths.NewTempFolder();
        var pidFile = Path.Combine(bin, "pid");
        var program = Path.Combine(bin, name);
        File.WriteAllText(program, "#!/usr/bin/env bash\n" + body.Replace("{pid}", pidFile, StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return (program, pidFile);
    }

    /// <summary>The process whose id the wrapper wrote, once it has.</summary>
    private static async Task<int> StartedAsync(string pidFile)
    {
        var clock = Stopwatch.StartNew();
        while (!File.Exists(pidFile) || File.ReadAllText(pidFile).Trim().Length == 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "ffmpeg did not start");
            await Task.Delay(20);
        }

        return int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool HasEnded(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static (Renderer Renderer, BoundRow Row, string Folder) Open(string layout, string ffmpeg = "/tidak/ada/ffmpeg", TimeSpan? stall = null)
    {
        var template = new TemplateFolder(layout, Manifest);
        File.WriteAllBytes(Path.Combine(template.Folder, "rusak.ogg"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))]);
        var renderer = new Renderer(TemplateFolder.Library, template.Load(), new RenderOptions { Video = new VideoOptions { Ffmpeg = ffmpeg, StallTimeout = stall ?? TimeSpan.FromSeconds(60) } });
        var row = renderer.Bind(new Dictionary<string, object?> { ["judul"] = "Uji" });
        return (renderer, row, TestPaths.NewTempFolder());
    }
}
