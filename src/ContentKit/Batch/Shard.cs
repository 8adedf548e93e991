using System.Globalization;

namespace ContentKit.Batch;

/// <summary>One of <see cref="Count"/> parts of a batch, numbered from 1, written <c>2/3</c>.</summary>
/// <param name="Index">This part, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many parts the batch is split into.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Reads <c>I/N</c> with 1 ≤ I ≤ N.</summary>
    public static Shard Parse(string text) =>
        TryParse(text) ?? throw new ContentKitException(Localized.Format(Messages.Shard_Invalid, text));

    /// <summary>
    /// The part a CI engine or cluster gave this process, for <c>--shard auto</c>: <c>CONTENTKIT_SHARD=I/N</c> (a GitHub
    /// matrix), else GitLab's <c>CI_NODE_INDEX</c>/<c>CI_NODE_TOTAL</c> (<c>parallel:</c>, from 1), else a Kubernetes
    /// Indexed Job's <c>JOB_COMPLETION_INDEX</c> (from 0) with <c>CONTENTKIT_SHARD_COUNT</c> (its completions).
    /// </summary>
    /// <param name="environment">Reads an environment variable (<see cref="Environment.GetEnvironmentVariable(string)"/>).</param>
    public static Shard FromEnvironment(Func<string, string?> environment)
    {
        if (Set(environment, "CONTENTKIT_SHARD") is { } explicitShard)
        {
            return TryParse(explicitShard) ?? throw Invalid($"CONTENTKIT_SHARD={explicitShard}");
        }

        if (Set(environment, "CI_NODE_INDEX") is { } gitLabIndex)
        {
            var gitLabTotal = Set(environment, "CI_NODE_TOTAL") ?? "";
            return TryParse($"{gitLabIndex}/{gitLabTotal}") ?? throw Invalid($"CI_NODE_INDEX={gitLabIndex} CI_NODE_TOTAL={gitLabTotal}");
        }

        if (Set(environment, "JOB_COMPLETION_INDEX") is { } jobIndex)
        {
            var count = Set(environment, "CONTENTKIT_SHARD_COUNT")
                ?? throw new ContentKitException(Localized.Format(Messages.Shard_AutoNoCount, jobIndex));
            return int.TryParse(jobIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var fromZero) && TryParse($"{fromZero + 1}/{count}") is { } shard
                ? shard
                : throw Invalid($"JOB_COMPLETION_INDEX={jobIndex} CONTENTKIT_SHARD_COUNT={count}");
        }

        throw new ContentKitException(Messages.Shard_AutoNone);
    }

    /// <summary>True for the outputs (by their position in the plan) that belong to this shard.</summary>
    public bool Includes(int position) => position % Count == Index - 1;

    private static Shard? TryParse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count
                ? new Shard(index, count)
                : null;
    }

    private static string? Set(Func<string, string?> environment, string name) =>
        environment(name) is { Length: > 0 } value ? value.Trim() : null;

    private static ContentKitException Invalid(string variables) => new(Localized.Format(Messages.Shard_AutoInvalid, variables));
}
