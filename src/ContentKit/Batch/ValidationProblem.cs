namespace ContentKit.Batch;

/// <summary>One thing to fix in a spreadsheet before it renders, as <c>contentkit validate</c> lists it.</summary>
/// <param name="Row">The row number a spreadsheet program shows (header = 1); null for a problem with the whole sheet or template.</param>
/// <param name="Column">The field or column the problem is in; null when it is the whole row or sheet.</param>
/// <param name="Value">The cell's text, shortened to 60 characters; null when no single cell is at fault.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">How to fix it.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record ValidationProblem(int? Row, string? Column, string? Value, string Message, string Hint)
{
    /// <summary>The design check's finding this problem tells; null for a problem with the data itself.</summary>
    public Checks.Finding? Finding { get; init; }

    /// <summary>True for a design-check warning: reported, but the row still renders (unless <c>--strict</c>).</summary>
    public bool IsWarning => Finding is { IsError: false };
}
