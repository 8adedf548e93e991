using System.Collections.Immutable;

namespace ContentKit.Text;

/// <summary>
/// Breaks words into lines (greedy, like browsers): a word longer than a line is broken, after a <c>/</c>
/// or <c>-</c> when one fits, else between letters; line breaks in the text are kept; <c>max-lines</c> cuts
/// with an ellipsis; lines holding Arabic are put in display order by <see cref="Bidi"/>.
/// </summary>
internal sealed class LineBreaker(TextShaper shaper)
{
    private const string Ellipsis = "…";

    private long _breaks;

    /// <summary>How many paragraphs this breaker has broken into lines: lets a test see that painting a frame breaks none.</summary>
    public long Breaks => Interlocked.Read(ref _breaks);

    public TextBlock Break(List<List<Word>> paragraphs, TextStyle style, RunStyle baseStyle, FontFace primary, float maxWidth, int maxLines)
    {
        Interlocked.Increment(ref _breaks);
        var lines = new List<List<Word>>();
        var directions = new List<bool>();
        var broken = 0;
        foreach (var paragraph in paragraphs)
        {
            // A paragraph is right to left when its first letter is (Unicode's rule); numbers and emoji are neutral.
            var rightToLeft = paragraph.FirstOrDefault(w => w.Strong) is { RightToLeft: true };
            var line = new List<Word>();
            var x = 0f;
            foreach (var word in paragraph)
            {
                var pieces = Pieces(word, maxWidth);
                broken += pieces.Count - 1;
                foreach (var piece in pieces)
                {
                    if (line.Count > 0 && x + piece.SpaceBefore + piece.Width > maxWidth + 0.01f)
                    {
                        lines.Add(line);
                        directions.Add(rightToLeft);
                        (line, x) = ([], 0f);
                    }

                    x += (line.Count > 0 ? piece.SpaceBefore : 0) + piece.Width;
                    line.Add(line.Count == 0 ? piece with { SpaceBefore = 0 } : piece);
                }
            }

            lines.Add(line);
            directions.Add(rightToLeft);
        }

        var hidden = 0;
        if (maxLines > 0 && lines.Count > maxLines)
        {
            hidden = lines.Skip(maxLines).Sum(l => l.Sum(w => w.Characters));
            var (kept, cut) = WithEllipsis(lines[maxLines - 1], baseStyle, primary, maxWidth);
            lines[maxLines - 1] = kept;
            hidden += cut;
            lines.RemoveRange(maxLines, lines.Count - maxLines);
        }

        return Place(lines, directions, style, baseStyle, primary) with { HiddenCharacters = hidden, BrokenWords = broken };
    }

    private static TextBlock Place(List<List<Word>> lines, List<bool> directions, TextStyle style, RunStyle baseStyle, FontFace primary)
    {
        var placed = ImmutableArray.CreateBuilder<TextLine>(lines.Count);
        var top = 0f;
        for (var index = 0; index < lines.Count; index++)
        {
            var (line, rightToLeft) = (lines[index], directions[index]);
            var words = line.Any(w => w.RightToLeft) || rightToLeft ? Bidi.Order(line, rightToLeft) : line;
            var row = ImmutableArray.CreateBuilder<PlacedWord>(words.Count);
            var x = 0f;
            for (var i = 0; i < words.Count; i++)
            {
                // After reordering, the gap between two neighbours is the space that separated them.
                x += i == 0 ? 0 : Math.Max(words[i].SpaceBefore, words[i - 1].SpaceBefore);
                row.Add(new PlacedWord(words[i], x));
                x += words[i].Width;
            }

            var size = line.SelectMany(w => w.Runs).Select(r => r.Style.Size).DefaultIfEmpty(baseStyle.Size).Max();
            size = Math.Max(size, baseStyle.Size);
            var height = size * style.LineHeight;
            var halfLeading = (height - ((primary.Ascent + primary.Descent) * size)) / 2;
            placed.Add(new TextLine(row.MoveToImmutable(), x, top, height, top + halfLeading + (primary.Ascent * size)) { RightToLeft = rightToLeft });
            top += height;
        }

        var built = placed.MoveToImmutable();
        return new TextBlock(built, built.Select(l => l.Width).DefaultIfEmpty(0).Max(), top);
    }

    /// <summary>The word itself, or pieces of it that each fit the width when the whole word does not.</summary>
    private List<Word> Pieces(Word word, float maxWidth)
    {
        var pieces = new List<Word>();
        var rest = word;
        while (rest.Width > maxWidth && rest.Runs.Sum(r => r.Shaped.Text.Length) > 1 && !rest.RightToLeft)
        {
            var (head, tail) = Split(rest, maxWidth);
            if (tail is null)
            {
                break;
            }

            pieces.Add(head);
            rest = tail;
        }

        pieces.Add(rest);
        return pieces;
    }

    /// <summary>Splits a word into a head that fits the width (at least one character) and the rest.</summary>
    private (Word Head, Word? Tail) Split(Word word, float maxWidth)
    {
        var used = 0f;
        for (var r = 0; r < word.Runs.Length; r++)
        {
            var run = word.Runs[r];
            if (used + run.Width <= maxWidth)
            {
                used += run.Width;
                continue;
            }

            var text = run.Shaped.Text;
            var fitting = Math.Min(text.Length, LastFittingCluster(run, maxWidth - used));
            var breakAfter = text.AsSpan(0, fitting).LastIndexOfAny('/', '-');
            var length = breakAfter > 0 ? breakAfter + 1 : fitting;
            if (length <= 0 || (length >= text.Length && r == word.Runs.Length - 1))
            {
                // Nothing of this run fits after the earlier runs: break before it, if there is anything before it.
                return r == 0 ? (word, null) : (word with { Runs = word.Runs[..r] }, new Word(word.Runs[r..], 0));
            }

            var head = word.Runs[..r].Add(Reshape(run, text[..length]));
            var tail = length < text.Length ? [Reshape(run, text[length..]), .. word.Runs[(r + 1)..]] : word.Runs[(r + 1)..];
            return tail.Length == 0 ? (word, null) : (word with { Runs = head }, new Word(tail, 0));
        }

        return (word, null);
    }

    private TextRun Reshape(TextRun run, string text) => run with { Shaped = shaper.Shape(run.Shaped.Face, text) };

    /// <summary>How many chars of the run fit in the width, ending on a cluster boundary; 0 when not even one does.</summary>
    private static int LastFittingCluster(TextRun run, float maxWidth)
    {
        var shaped = run.Shaped;
        var scale = run.Style.Size / shaped.Face.UnitsPerEm;
        var fitting = 0;
        for (var i = 0; i < shaped.Glyphs.Length; i++)
        {
            var end = i + 1 < shaped.Glyphs.Length ? shaped.Offsets[i + 1] : shaped.Advance;
            if ((end * scale) + (run.Style.LetterSpacing * (i + 1)) > maxWidth)
            {
                break;
            }

            fitting = i + 1 < shaped.Clusters.Length ? shaped.Clusters[i + 1] : shaped.Text.Length;
        }

        return fitting;
    }

    /// <summary>Drops words from the end of a line, or letters from a lone word, until the ellipsis fits after it.</summary>
    private (List<Word> Words, int Cut) WithEllipsis(List<Word> words, RunStyle style, FontFace face, float maxWidth)
    {
        var ellipsis = new TextRun(shaper.Shape(face, Ellipsis), style);
        var cut = 0;
        float Width(List<Word> line) => line.Sum(w => w.Width) + line.Skip(1).Sum(w => w.SpaceBefore);

        while (words.Count > 1 && Width(words) + ellipsis.Width > maxWidth)
        {
            cut += words[^1].Characters;
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 1 && words[0].Width + ellipsis.Width > maxWidth && Split(words[0], maxWidth - ellipsis.Width) is (var head, { } tail))
        {
            cut += tail.Characters - 1;
            words[0] = head;
        }

        if (words.Count == 0)
        {
            words.Add(new Word([ellipsis], 0));
        }
        else
        {
            words[^1] = words[^1] with { Runs = words[^1].Runs.Add(ellipsis) };
        }

        return (words, cut);
    }
}
