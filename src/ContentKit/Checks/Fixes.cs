using ContentKit.Layout.Elements;

namespace ContentKit.Checks;

/// <summary>What to change, in words: which field to shorten and to about how many characters, or where to make room.</summary>
internal static class Fixes
{
    /// <summary>"Shorten 'isi' to about 180 characters (it has 320)", keeping <paramref name="share"/> of its text; null when the field has no text.</summary>
    public static string? Shorten(CheckContext context, string? field, float share)
    {
        if (context.ValueOf(field) is not { Length: > 0 } value)
        {
            return null;
        }

        // Rounded to tens: the estimate is a guide, not a promise; and never below a tenth of the text.
        var keep = Math.Max(1, (int)(Math.Round(value.Length * Math.Clamp(share, 0.1f, 1f) / 10) * 10));
        keep = Math.Min(keep, Math.Max(1, value.Length - 1));
        return Localized.Format(Messages.Check_FixShorten, field, keep, value.Length);
    }

    /// <summary>
    /// For content pushed out by <paramref name="over"/> pixels: shorten the longest text of the output by the share of its
    /// height those pixels are, or else give the element room in the template.
    /// </summary>
    public static string MakeRoom(CheckContext context, CheckedBox entry, float over)
    {
        var longest = Root(entry).Box.Descendants()
            .Where(b => b is { Element: TextElement, Text: not null })
            .Select(b => (Box: b, Field: context.FieldOf(b.Element)))
            .Where(t => t.Field is not null)
            .OrderByDescending(t => context.ValueOf(t.Field)?.Length ?? 0)
            .FirstOrDefault();
        var fix = longest.Box is { Text: { } block }
            ? Shorten(context, longest.Field, 1 - (over / Math.Max(1, block.Height)))
            : null;
        return fix ?? Localized.Format(Messages.Check_FixRoom, entry.Name);
    }

    private static CheckedBox Root(CheckedBox entry) => entry.Parent is { } parent ? Root(parent) : entry;
}
