using ContentKit.Output;

namespace ContentKit.Batch;

/// <summary>What a batch writes and where.</summary>
public sealed record BatchOptions
{
    /// <summary>The folder outputs and <c>report.json</c> go to; nothing is written outside it.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>Format names to render; empty means the template's first (default) format.</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];

    /// <summary>The image file type.</summary>
    public OutputType Type { get; init; } = OutputType.Png;

    /// <summary>The file name pattern; null uses the template's (see <see cref="FileNamer"/>).</summary>
    public string? NamePattern { get; init; }

    /// <summary>When true, text cut to fit (clamped) fails its row instead of being a warning; shrinking is still fine.</summary>
    public bool StrictText { get; init; }

    /// <summary>Rows rendered at the same time; defaults to the number of cores.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
