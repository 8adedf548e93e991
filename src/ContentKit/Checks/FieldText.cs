using System.Text.RegularExpressions;

namespace ContentKit.Checks;

/// <summary>Recognises a field's value in laid-out text, which has its white space collapsed and emphasis stars removed.</summary>
internal static partial class FieldText
{
    public static bool Contains(string text, string value)
    {
        var needle = Spaces().Replace(value.Replace("*", "", StringComparison.Ordinal).Trim(), " ");
        return needle.Length > 0 && Spaces().Replace(text, " ").Contains(needle[..Math.Min(needle.Length, 40)], StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
