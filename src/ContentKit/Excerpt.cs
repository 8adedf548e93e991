namespace ContentKit;

/// <summary>The start of a long value for a message, so one cell of 100 MB never floods a report.</summary>
internal static class Excerpt
{
    /// <summary>The first <paramref name="length"/> chars and "…", never cutting an emoji or other pair of UTF-16 chars in half.</summary>
    public static string Of(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
