using ContentKit.Layout.Elements;

namespace ContentKit.Layout.Scenes;

/// <summary>
/// How long a scene's words need on screen: a minimum for the eye to find the text, plus a reading rate for
/// Indonesian social posts (about three words a second: short words, but read on a phone while scrolling).
/// A scene with <c>duration="auto"</c> lasts its transition, its text's entrances and this.
/// </summary>
internal static class ReadingTime
{
    /// <summary>Seconds any text needs, however short: finding it and taking it in.</summary>
    public const double Minimum = 1.5;

    public const double WordsPerSecond = 3;

    /// <summary>The longest a text's entrance delay may push the reading back; later entrances overlap the reading of earlier text.</summary>
    public const double LongestLead = 1.5;

    /// <summary>Reading time for <paramref name="words"/> words; 0 for none.</summary>
    public static double Of(int words) => words == 0 ? 0 : Minimum + (words / WordsPerSecond);

    /// <summary>The words a viewer reads in the tree: every text element's words; a number counts as one word.</summary>
    public static int Words(Element element) => element switch
    {
        TextElement text => Count(text.Text),
        ContainerElement container => container.Children.Sum(Words),
        _ => 0,
    };

    /// <summary>Words in a text, split at white space; a lone symbol (a dash, a middle dot) is not a word.</summary>
    public static int Count(string text) =>
        text.Split((char[])[' ', '\n', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>
    /// The length of a scene that shows <paramref name="root"/>: the transition into it or the start of its text's
    /// entrances, whichever is later (at most <see cref="LongestLead"/>), then the reading time; rounded up to a tenth.
    /// </summary>
    public static double SceneDuration(ContainerElement root, double transition)
    {
        var lead = Math.Max(transition, Math.Min(LongestLead, FirstTextAt(root, 0) ?? 0));
        return Math.Ceiling((lead + Of(Words(root))) * 10) / 10;
    }

    /// <summary>When the first text starts to enter (scene seconds); 0 for text that stands still; null without text.</summary>
    private static double? FirstTextAt(Element element, double inherited)
    {
        var delay = element.Box.Motion is { } motion ? inherited + motion.Delay : inherited;
        return element switch
        {
            TextElement text when Count(text.Text) > 0 => delay,
            ContainerElement container => container.Children.Select(c => FirstTextAt(c, delay)).Where(d => d is not null).DefaultIfEmpty(null).Min(),
            _ => null,
        };
    }
}
