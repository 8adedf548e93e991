namespace ContentKit.Tests.Visual;

/// <summary>When references may be rewritten: only on request, and never in CI.</summary>
public sealed class GoldenFileTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    public void Asking_to_accept_references_in_ci_fails_the_run(string update)
    {
        var environment = new Dictionary<string, string?> { [GoldenFile.UpdateVariable] = update, ["CI"] = "true" };

        var error = Assert.Throws<InvalidOperationException>(() => GoldenFile.UpdateRequested(name => environment.GetValueOrDefault(name)));

        Assert.Contains("CI=true", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", null, true)]
    [InlineData("1", "false", true)]
    [InlineData(null, "true", false)]
    [InlineData(null, null, false)]
    public void References_are_rewritten_only_when_asked_outside_ci(string? update, string? ci, bool expected)
    {
        var environment = new Dictionary<string, string?> { [GoldenFile.UpdateVariable] = update, ["CI"] = ci };

        Assert.Equal(expected, GoldenFile.UpdateRequested(name => environment.GetValueOrDefault(name)));
    }
}
