using System.Diagnostics;
using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

/// <summary>A real <c>contentkit</c> process killed with SIGKILL mid-batch: the rerun renders exactly what it had not finished, and cleans up after it.</summary>
public sealed class KilledRunTests
{
    private const int Rows = 40;

    private readonly string _folder = TestPaths.NewTempFolder();

    private string Output => Path.Combine(_folder, "out");

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task After_kill_9_mid_batch_the_rerun_renders_exactly_the_outputs_not_yet_finished_and_leaves_no_temporary_file()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", [.. Enumerable.Range(1, Rows).Select(i => TestSheet.Row($"Kegiatan Nomor {i}"))]);
        var cli = Path.Combine(AppContext.BaseDirectory, "ContentKit.Cli");
        var start = new ProcessStartInfo(cli, ["render", "--data", data, "--template", "pengumuman", "--out", Output, "--templates", TestPaths.Templates, "--jobs", "2", "--json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var run = Process.Start(start)!)
        {
            // Killed once a few outputs are finished: while the cache has been saved whole at most once or twice.
            var clock = Stopwatch.StartNew();
            while (Finished().Count < 6)
            {
                if (run.HasExited)
                {
                    Assert.Fail($"contentkit ended before it was killed: {await run.StandardError.ReadToEndAsync()}");
                }

                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), "contentkit rendered nothing");
                await Task.Delay(20);
            }

            run.Kill();
            await run.WaitForExitAsync();
        }

        var finished = Finished();
        Assert.InRange(finished.Count, 6, Rows - 1);
        // As a killed run would, a half-written file of the killed run is left behind (it may have left one of its own).
        File.WriteAllBytes(Path.Combine(Output, ".0123456789abcdef0123456789abcdef.ck-tmp"), []);

        var rerun = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Output);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var report = ReportFile.Read(Output);
        Assert.Equal(Rows, report.Count);
        var rendered = report.Where(r => r.Status == "ok").SelectMany(r => r.Outputs).ToHashSet(StringComparer.Ordinal);
        var skipped = report.Where(r => r.Status == "skipped").SelectMany(r => r.Outputs).ToHashSet(StringComparer.Ordinal);
        Assert.True(skipped.SetEquals(finished), $"skipped {string.Join(", ", skipped.Order())}; finished before the kill {string.Join(", ", finished.Order())}");
        Assert.Equal(Rows - finished.Count, rendered.Count);
        Assert.Empty(Directory.GetFiles(Output, "*.ck-tmp"));
        Assert.Equal([".contentkit-cache.json", "report.html", "report.json"], Directory.GetFiles(Output).Select(Path.GetFileName).Where(f => !f!.EndsWith(".png", StringComparison.Ordinal) && !f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        // Every image has its alt text and caption, those of the run before the kill included.
        Assert.All(rendered.Concat(skipped), o => Assert.True(File.Exists(Path.Combine(Output, Path.ChangeExtension(o, ".txt"))), $"{o} has no .txt"));
    }

    /// <summary>The outputs complete on disk (renamed into place).</summary>
    private HashSet<string> Finished() =>
        Directory.Exists(Output) ? Directory.GetFiles(Output, "*.png").Select(f => Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal) : [];
}
