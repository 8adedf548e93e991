namespace ContentKit.Tests.Cli;

/// <summary>Tests that measure the process (peak memory) run alone, after the parallel ones, so other tests do not blur the numbers.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
