using ContentKit.Batch;

namespace ContentKit.Tests.Batch;

/// <summary><c>--shard auto</c>: the part a CI engine or cluster gives a process, read from the variables it sets.</summary>
public class ShardFromEnvironmentTests
{
    [Fact]
    public void GitLab_parallel_counts_its_nodes_from_1()
    {
        Assert.Equal(new Shard(2, 4), Shard.FromEnvironment(Variables(("CI_NODE_INDEX", "2"), ("CI_NODE_TOTAL", "4"))));
    }

    [Fact]
    public void A_Kubernetes_indexed_job_counts_from_0_and_takes_its_count_from_CONTENTKIT_SHARD_COUNT()
    {
        Assert.Equal(new Shard(1, 3), Shard.FromEnvironment(Variables(("JOB_COMPLETION_INDEX", "0"), ("CONTENTKIT_SHARD_COUNT", "3"))));
        Assert.Equal(new Shard(3, 3), Shard.FromEnvironment(Variables(("JOB_COMPLETION_INDEX", "2"), ("CONTENTKIT_SHARD_COUNT", "3"))));
    }

    [Fact]
    public void CONTENTKIT_SHARD_is_read_as_written_and_wins_over_the_engine_variables()
    {
        Assert.Equal(new Shard(3, 5), Shard.FromEnvironment(Variables(("CONTENTKIT_SHARD", "3/5"), ("CI_NODE_INDEX", "1"), ("CI_NODE_TOTAL", "2"))));
    }

    [Fact]
    public void No_variable_set_is_an_error_that_names_every_way_to_set_one()
    {
        var error = Assert.Throws<ContentKitException>(() => Shard.FromEnvironment(Variables(("CI_NODE_TOTAL", ""))));

        foreach (var name in (string[])["CONTENTKIT_SHARD", "CI_NODE_INDEX", "JOB_COMPLETION_INDEX", "CONTENTKIT_SHARD_COUNT", "--shard I/N"])
        {
            Assert.Contains(name, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_Kubernetes_index_without_a_count_says_to_set_CONTENTKIT_SHARD_COUNT()
    {
        var error = Assert.Throws<ContentKitException>(() => Shard.FromEnvironment(Variables(("JOB_COMPLETION_INDEX", "4"))));

        Assert.Contains("JOB_COMPLETION_INDEX is 4 but CONTENTKIT_SHARD_COUNT is not set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JOB_COMPLETION_INDEX", "3", "CONTENTKIT_SHARD_COUNT", "3")]
    [InlineData("CI_NODE_INDEX", "0", "CI_NODE_TOTAL", "2")]
    [InlineData("CI_NODE_INDEX", "two", "CI_NODE_TOTAL", "2")]
    public void An_index_outside_the_count_is_an_error_that_quotes_the_variables(string indexName, string index, string countName, string count)
    {
        var error = Assert.Throws<ContentKitException>(() => Shard.FromEnvironment(Variables((indexName, index), (countName, count))));

        Assert.Contains($"{indexName}={index} {countName}={count}", error.Message, StringComparison.Ordinal);
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] variables) =>
        name => variables.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault();
}
