using System.Runtime.CompilerServices;

namespace ContentKit.Text;

/// <summary>
/// The paragraphs one layout has already read into words and broken into lines. Measuring asks for a text's lines at a
/// width, arranging asks again at the same width with a height, fitting asks at its smallest size: each is worked out
/// once per (paragraph, size, width, line limit) and then answered from here. One per layout (<c>LayoutEngine</c>);
/// not thread-safe, and it holds the elements only as long as that layout lives.
/// </summary>
internal sealed class TextLayoutCache
{
    private readonly Dictionary<BlockKey, TextBlock> _blocks = [];
    private readonly Dictionary<WordsKey, (List<List<Word>> Words, SortedSet<string> Missing)> _words = [];

    /// <summary>How many times the paragraph's words were read (shaped) for a size: once per paragraph and size.</summary>
    internal int WordReads { get; private set; }

    /// <summary>Each (paragraph, size, width, line limit) whose lines were broken, in order; a key never repeats.</summary>
    internal List<(IParagraph Paragraph, float Scale, float Width, int MaxLines)> Breaks { get; } = [];

    internal bool TryGet(IParagraph paragraph, float scale, float width, int maxLines, out TextBlock block) =>
        _blocks.TryGetValue(new BlockKey(paragraph, scale, width, maxLines), out block!);

    internal void Add(IParagraph paragraph, float scale, float width, int maxLines, TextBlock block)
    {
        _blocks[new BlockKey(paragraph, scale, width, maxLines)] = block;
        Breaks.Add((paragraph, scale, width, maxLines));
    }

    internal (List<List<Word>> Words, SortedSet<string> Missing) Words(IParagraph paragraph, float scale, Func<SortedSet<string>, List<List<Word>>> read)
    {
        var key = new WordsKey(paragraph, scale);
        if (!_words.TryGetValue(key, out var words))
        {
            var missing = new SortedSet<string>(StringComparer.Ordinal);
            words = (read(missing), missing);
            _words[key] = words;
            WordReads++;
        }

        return words;
    }

    /// <summary>Paragraphs are records, but two equal-looking paragraphs are still different boxes: compare by reference.</summary>
    private readonly record struct BlockKey(IParagraph Paragraph, float Scale, float Width, int MaxLines)
    {
        public bool Equals(BlockKey other) =>
            ReferenceEquals(Paragraph, other.Paragraph) && Scale.Equals(other.Scale) && Width.Equals(other.Width) && MaxLines == other.MaxLines;

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Paragraph), Scale, Width, MaxLines);
    }

    private readonly record struct WordsKey(IParagraph Paragraph, float Scale)
    {
        public bool Equals(WordsKey other) => ReferenceEquals(Paragraph, other.Paragraph) && Scale.Equals(other.Scale);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Paragraph), Scale);
    }
}
