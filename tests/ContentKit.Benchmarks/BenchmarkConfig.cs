using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ContentKit.Benchmarks;

/// <summary>
/// One short in-process job for every benchmark. In-process because BenchmarkDotNet's default toolchain
/// rebuilds the project in Release, which ImageSharp's licence check refuses without a key; this assembly
/// and src/ContentKit are built in Debug with Optimize=true instead, which JitOptimizationsValidator accepts.
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
