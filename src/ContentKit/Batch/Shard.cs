using System.Globalization;

namespace ContentKit.Batch;

/// <summary>One of <see cref="Count"/> parts of a batch, numbered from 1, written <c>2/3</c>.</summary>
/// <param name="Index">This part, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many parts the batch is split into.</param>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Reads <c>I/N</c> with 1 ≤ I ≤ N.</summary>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new ContentKitException(Localized.Format(Messages.Shard_Invalid, text));
    }

    /// <summary>True for the outputs (by their position in the plan) that belong to this shard.</summary>
    public bool Includes(int position) => position % Count == Index - 1;
}
