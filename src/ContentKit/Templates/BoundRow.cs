namespace ContentKit.Templates;

/// <summary>A row checked against a template's fields: typed values, or the reasons it cannot render.</summary>
/// <param name="RowNumber">The row number a spreadsheet program shows (header = 1); 0 for values given in code.</param>
/// <param name="Values">Field values by field name: <see cref="string"/>, <see cref="double"/>, <see cref="DateTime"/>, a list of strings, or null.</param>
/// <param name="Errors">Problems that stop this row rendering, each naming the row and column.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record BoundRow(int RowNumber, IReadOnlyDictionary<string, object?> Values, IReadOnlyList<ContentKitException> Errors)
{
    /// <summary>True when the row can render.</summary>
    public bool IsValid => Errors.Count == 0;
}
