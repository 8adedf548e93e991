using ContentKit.Output;

namespace ContentKit.Batch;

/// <summary>What a batch writes and where.</summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record BatchOptions
{
    /// <summary>The folder outputs and <c>report.json</c> go to; nothing is written outside it.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>Format names to render; empty means the template's first (default) format.</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];

    /// <summary>The image file type.</summary>
    public OutputType Type { get; init; } = OutputType.Png;

    /// <summary>With <see cref="OutputType.Pdf"/>: also write every ready page of each format into one PDF (<see cref="BatchRunner.CombinedName"/>), in row order, for printing.</summary>
    public bool PdfCombine { get; init; }

    /// <summary>The file name pattern; null uses the template's (see <see cref="FileNamer"/>).</summary>
    public string? NamePattern { get; init; }

    /// <summary>When true, the design check's warnings (small type, contrast under 4.5:1, shrunk text…) fail their output like errors.</summary>
    public bool Strict { get; init; }

    /// <summary>Rows rendered at the same time; defaults to the number of cores.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Only these spreadsheet row numbers (<c>--rows 2-10,15</c>); null means every row.</summary>
    public RowSelection? Rows { get; init; }

    /// <summary>Only rows whose column equals the value (<c>--where kecamatan=Sukorejo</c>, ignoring case); all must match.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Where { get; init; } = [];

    /// <summary>This batch's share of the outputs (<c>--shard 2/3</c>): every n-th output in plan order. The shards of one sheet together make exactly the full batch.</summary>
    public Shard? Shard { get; init; }

    /// <summary>Stop starting new outputs after the first failure.</summary>
    public bool FailFast { get; init; }

    /// <summary>Check and plan only: nothing is written, the report lists what would be.</summary>
    public bool DryRun { get; init; }

    /// <summary>Render every output, even those whose inputs have not changed since the last run.</summary>
    public bool Force { get; init; }
}
