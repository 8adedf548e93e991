using ContentKit.Data;

namespace ContentKit.Templates;

/// <summary>The rule a batch and <c>validate</c> both apply before any row: a required field without a default needs a column.</summary>
internal static class RequiredColumns
{
    /// <summary>The required fields no header of <paramref name="columns"/> means (compared by <see cref="ColumnKey"/>), in manifest order.</summary>
    public static IReadOnlyList<string> Missing(TemplateManifest manifest, IEnumerable<string> columns)
    {
        var keys = columns.Select(ColumnKey.Normalize).ToHashSet(StringComparer.Ordinal);
        return [.. manifest.Fields.Where(f => f.Required && f.Default is null && !keys.Contains(ColumnKey.Normalize(f.Name))).Select(f => f.Name)];
    }
}
