namespace ContentKit.Batch;

/// <summary>What <see cref="StressCheck.Run"/> found: every image of every stress case in every format.</summary>
/// <param name="Template">The template's id.</param>
/// <param name="Formats">The formats checked, in the manifest's order.</param>
/// <param name="Cases">The stress cases' names, in order.</param>
/// <param name="Outcomes">One per image, by case, then format, then page.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record StressReport(string Template, IReadOnlyList<string> Formats, IReadOnlyList<string> Cases, IReadOnlyList<StressOutcome> Outcomes)
{
    /// <summary>All errors of all images: the template fails the check when this is not 0.</summary>
    public int Errors => Outcomes.Sum(o => o.ErrorCount);

    /// <summary>All warnings of all images.</summary>
    public int Warnings => Outcomes.Sum(o => o.WarningCount);
}
