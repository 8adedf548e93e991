namespace ContentKit.Batch;

/// <summary>How <see cref="StressCheck.Run"/> runs.</summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record StressCheckOptions
{
    /// <summary>
    /// A folder to keep the rendered images in, for a person to look at (rejected ones as <c>NAME.rejected.png</c>);
    /// null renders in memory and writes nothing.
    /// </summary>
    public string? OutputFolder { get; init; }

    /// <summary>Name an image with warnings <c>NAME.rejected.png</c> too, as <c>render --strict</c> would.</summary>
    public bool Strict { get; init; }

    /// <summary>A unit's own name, lines and logo over the brand (<c>check --unit FOLDER</c>); null checks with the brand kit alone.</summary>
    public Templates.UnitProfile? Unit { get; init; }

    /// <summary>Outputs rendered at the same time.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
