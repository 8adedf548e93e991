namespace ContentKit.Text;

/// <summary>
/// Lays out text elements: words from <see cref="WordReader"/>, lines from <see cref="LineBreaker"/>, and on
/// top of that the paragraph's promises: <c>fit="shrink"</c> finds the largest size between <c>min-size</c>
/// and <c>size</c> that fits (a binary search, not a scan), <c>balance</c> evens out line lengths, and text
/// that still does not fit its box is clamped with an ellipsis, never drawn outside it.
/// </summary>
internal sealed class TextEngine
{
    /// <summary>Fallback families, in order, after the style's own family.</summary>
    public static IReadOnlyList<string> DefaultFallback { get; } = ["Inter", "Noto Color Emoji", "Noto Naskh Arabic"];

    private const int SearchSteps = 7;
    private const int BalanceCandidates = 12;
    private readonly TextShaper _shaper = new();
    private readonly WordReader _reader;
    private readonly LineBreaker _breaker;
    private readonly string _defaultFamily;

    public TextEngine(FontSet fonts, string defaultFamily, IReadOnlyList<string>? fallback = null)
    {
        Fonts = fonts;
        _defaultFamily = defaultFamily;
        Fallback = new FontFallback(fonts, fallback ?? DefaultFallback);
        _reader = new WordReader(_shaper, Fallback, defaultFamily);
        _breaker = new LineBreaker(_shaper);
    }

    public FontSet Fonts { get; }

    /// <summary>Paragraphs broken into lines so far (every candidate width of a fit or balance counts).</summary>
    public long LineBreaks => _breaker.Breaks;

    /// <summary>The face chosen for each character; its fallback chains are cached.</summary>
    public FontFallback Fallback { get; }

    /// <summary>Breaks the element into lines at <paramref name="width"/>, fitted into <paramref name="height"/> when given.</summary>
    /// <param name="element">The paragraph.</param>
    /// <param name="width">The width its lines may take.</param>
    /// <param name="height">The height it must fit into (shrinking or clamping it); null to measure.</param>
    /// <param name="cache">The layout's cache, so a paragraph asked about again at a size and width is not broken again.</param>
    public TextBlock Break(IParagraph element, float width, float? height = null, TextLayoutCache? cache = null)
    {
        width = Math.Max(width, 0);
        var style = element.Style;
        var block = Layout(element, 1, width, style.MaxLines, cache);
        if (style.Fit == TextFit.Shrink && !Fits(block, width, height, wholeWords: true))
        {
            var smallest = SmallestScale(style);
            var least = Layout(element, smallest, width, style.MaxLines, cache);
            // Prefer a size at which no word has to break; a word too long even at the smallest size (a web address)
            // may break, and then only the box's height decides.
            var wholeWords = Fits(least, width, height, wholeWords: true);
            block = wholeWords || Fits(least, width, height, wholeWords: false)
                ? Largest(element, width, height, smallest, least, wholeWords, cache)
                : least;
        }

        return height is { } limit && block.Height > limit + 0.5f ? Clamp(element, block, width, limit, cache) : block;
    }

    /// <summary>The height of the element's lines at its smallest size (<c>min-size</c>): as far as fitting may shrink it.</summary>
    public float SmallestHeight(IParagraph element, float width, TextLayoutCache? cache = null)
    {
        var style = element.Style;
        return Layout(element, SmallestScale(style), Math.Max(width, 0), style.MaxLines, cache).Height;
    }

    private static float SmallestScale(TextStyle style) => Math.Min(1, (style.MinSize ?? style.Size / 2) / style.Size);

    /// <summary>The largest scale in [smallest, 1) whose layout fits, found by halving the interval (a search, not a scan).</summary>
    private TextBlock Largest(IParagraph element, float width, float? height, float smallest, TextBlock fitting, bool wholeWords, TextLayoutCache? cache)
    {
        var (low, high, best) = (smallest, 1f, fitting);
        for (var step = 0; step < SearchSteps; step++)
        {
            var middle = (low + high) / 2;
            var candidate = Layout(element, middle, width, element.Style.MaxLines, cache);
            if (Fits(candidate, width, height, wholeWords))
            {
                (low, best) = (middle, candidate);
            }
            else
            {
                high = middle;
            }
        }

        return best;
    }

    public FontFace FaceOf(TextStyle style) => Fonts.Match(style.Family ?? _defaultFamily, style.Weight, style.Italic);

    private static bool Fits(TextBlock block, float width, float? height, bool wholeWords) =>
        block.HiddenCharacters == 0
        && (!wholeWords || block.BrokenWords == 0)
        && block.Width <= width + 0.5f // a right-to-left word is never broken, so it may be wider than the box
        && (height is not { } limit || block.Height <= limit + 0.5f);

    /// <summary>Keeps the lines that fit the height and cuts the last one with an ellipsis.</summary>
    private TextBlock Clamp(IParagraph element, TextBlock block, float width, float height, TextLayoutCache? cache)
    {
        var scale = block.Size / element.Style.Size;
        var lines = Math.Max(1, block.Lines.Count(l => l.Top + l.Height <= height + 0.5f));
        var limit = element.Style.MaxLines > 0 ? Math.Min(lines, element.Style.MaxLines) : lines;
        return Layout(element, scale, width, limit, cache);
    }

    private TextBlock Layout(IParagraph element, float scale, float width, int maxLines, TextLayoutCache? cache)
    {
        if (cache is null)
        {
            var missing = new SortedSet<string>(StringComparer.Ordinal);
            return Layout(element, scale, width, maxLines, _reader.Read(element, scale, missing), missing);
        }

        if (!cache.TryGet(element, scale, width, maxLines, out var block))
        {
            var (words, missing) = cache.Words(element, scale, missing => _reader.Read(element, scale, missing));
            block = Layout(element, scale, width, maxLines, words, missing);
            cache.Add(element, scale, width, maxLines, block);
        }

        return block;
    }

    private TextBlock Layout(IParagraph element, float scale, float width, int maxLines, List<List<Word>> words, SortedSet<string> missing)
    {
        var style = element.Style;
        var baseStyle = _reader.Resolve(style, SpanStyle.Plain, scale);
        var primary = FaceOf(style);
        var block = _breaker.Break(words, style, baseStyle, primary, width, maxLines);
        if (style.Balance && block.Lines.Length > 1 && block.HiddenCharacters == 0)
        {
            block = Balance(words, style, baseStyle, primary, width, block);
        }

        return block with { RequestedSize = style.Size, Size = style.Size * scale, MissingCharacters = [.. missing] };
    }

    /// <summary>
    /// Evens out line lengths without adding a line: finds the narrowest width that keeps the line count, then,
    /// among a few widths from there to the full width, the breaking whose lines differ least (no lonely last word).
    /// </summary>
    private TextBlock Balance(List<List<Word>> words, TextStyle style, RunStyle baseStyle, FontFace primary, float width, TextBlock greedy)
    {
        bool Keeps(TextBlock candidate) =>
            candidate.Lines.Length <= greedy.Lines.Length && candidate.HiddenCharacters == 0 && candidate.BrokenWords == greedy.BrokenWords;

        var (low, high) = (greedy.Width / greedy.Lines.Length, width);
        for (var step = 0; step < SearchSteps + 1; step++)
        {
            var middle = (low + high) / 2;
            (low, high) = Keeps(_breaker.Break(words, style, baseStyle, primary, middle, style.MaxLines)) ? (low, middle) : (middle, high);
        }

        var best = greedy;
        for (var step = 0; step <= BalanceCandidates; step++)
        {
            var candidate = _breaker.Break(words, style, baseStyle, primary, high + ((width - high) * step / BalanceCandidates), style.MaxLines);
            if (Keeps(candidate) && Raggedness(candidate) < Raggedness(best) - 0.5f)
            {
                best = candidate;
            }
        }

        return best;
    }

    private static float Raggedness(TextBlock block) => block.Lines.Sum(l => (block.Width - l.Width) * (block.Width - l.Width));
}
