using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ContentKit.Benchmarks;

/// <summary>
/// One short in-process job for every benchmark. In-process because BenchmarkDotNet's default toolchain
/// builds a project of its own for every run, which takes minutes on two cores; tests/bench/benchmarks.sh
/// builds this assembly and src/ContentKit in Release, which JitOptimizationsValidator checks.
/// Few iterations keep the whole suite to a few minutes on two cores; the error column says how far to trust it.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(3)
            .WithIterationCount(6)
            .WithId("InProcessShort")
            .AsDefault());
}
