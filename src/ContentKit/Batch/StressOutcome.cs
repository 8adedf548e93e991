using ContentKit.Checks;

namespace ContentKit.Batch;

/// <summary>One image of a stress check: a case in a format (and page), and what the design check found in it.</summary>
/// <param name="Case">The stress case's name, e.g. <c>judul: long (400 characters)</c>.</param>
/// <param name="Format">The format.</param>
/// <param name="Page">The page, from 1, when the case's rows fill more than one image.</param>
/// <param name="Pages">How many images the case makes in this format.</param>
/// <param name="Output">The image kept in <see cref="StressCheckOptions.OutputFolder"/>, relative to it; null when nothing was written.</param>
/// <param name="Findings">The design check's findings, errors first.</param>
/// <param name="Errors">Why the case could not render at all (its rows did not bind, the template failed); each is an error.</param>
/// <param name="Warnings">Problems outside the design check, such as characters no bundled font has.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record StressOutcome(
    string Case, string Format, int Page, int Pages, string? Output, IReadOnlyList<Finding> Findings, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    /// <summary>Errors: findings that reject the image, and failures to render.</summary>
    public int ErrorCount => Errors.Count + Findings.Count(f => f.IsError);

    /// <summary>Warnings: findings that do not reject the image, and problems outside the check.</summary>
    public int WarningCount => Warnings.Count + Findings.Count(f => !f.IsError);
}
