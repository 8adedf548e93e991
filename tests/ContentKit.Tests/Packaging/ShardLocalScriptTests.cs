using System.Diagnostics;

namespace ContentKit.Tests.Packaging;

/// <summary>
/// build/shard-local.sh, the local stand-in for a sharded CI run: N <c>contentkit render --shard auto</c> processes, each
/// told its part through GitLab's variables, must together write exactly the files of one whole run.
/// </summary>
public class ShardLocalScriptTests
{
    [Fact]
    public async Task Three_shard_processes_write_exactly_the_files_of_one_whole_run()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "ContentKit.Cli.dll");
        var start = new ProcessStartInfo("bash", [Path.Combine(TestPaths.RepoRoot, "build", "shard-local.sh"), "3", Path.Combine(TestPaths.Samples, "pengumuman.csv"), "pengumuman", "feed"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CONTENTKIT"] = $"dotnet {cli}";
        start.Environment["CONTENTKIT_TEMPLATES"] = TestPaths.Templates;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        var said = $"exit {process.ExitCode}\n{await output}\n{await error}";
        Assert.True(process.ExitCode == 0, said);
        // Seven sample rows in one format: seven images and their seven alt-text files, spread over the three shards.
        Assert.Contains("3 shards wrote the same 14 files as one whole run", said, StringComparison.Ordinal);
    }
}
