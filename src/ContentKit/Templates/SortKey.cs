using System.Globalization;

namespace ContentKit.Templates;

/// <summary>
/// Orders field values of one type as a reader expects: numbers and dates by value, text alphabetically in the
/// invariant culture ignoring case, lists by their joined text.
/// </summary>
internal sealed class SortKey : IComparer<object?>
{
    public static SortKey Instance { get; } = new();

    public int Compare(object? x, object? y) => (x, y) switch
    {
        (double a, double b) => a.CompareTo(b),
        (DateTime a, DateTime b) => a.CompareTo(b),
        _ => string.Compare(Text(x), Text(y), CultureInfo.InvariantCulture, CompareOptions.IgnoreCase),
    };

    private static string Text(object? value) => value switch
    {
        string[] list => string.Join(", ", list),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };
}
