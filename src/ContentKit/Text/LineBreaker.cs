using System.Collections.Immutable;
using System.Globalization;
using ContentKit.Layout.Elements;

namespace ContentKit.Text;

/// <summary>
/// Breaks text into lines at word boundaries (greedy, like browsers); a word longer than a line is
/// broken between characters; line breaks in the text are kept; <c>max-lines</c> cuts with an ellipsis.
/// </summary>
internal sealed class LineBreaker(TextShaper shaper)
{
    private const string Ellipsis = "…";
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public TextBlock Break(string text, FontFace face, TextStyle style, float maxWidth)
    {
        if (style.Uppercase)
        {
            text = text.ToUpper(Indonesian);
        }

        var size = style.Size;
        var spacing = style.LetterSpacing;
        var space = shaper.Shape(face, " ").Width(size, spacing);
        var lines = new List<List<PlacedWord>>();
        var widths = new List<float>();
        var characters = new List<int>();

        foreach (var paragraph in text.Split('\n'))
        {
            var current = new List<PlacedWord>();
            var x = 0f;
            var count = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var piece in Pieces(face, word, style, maxWidth))
                {
                    var width = piece.Width(size, spacing);
                    if (current.Count > 0 && x + space + width > maxWidth + 0.01f)
                    {
                        lines.Add(current);
                        widths.Add(x);
                        characters.Add(count);
                        (current, x, count) = ([], 0f, 0);
                    }

                    if (current.Count > 0)
                    {
                        x += space;
                    }

                    current.Add(new PlacedWord(piece, x));
                    x += width;
                    count += piece.Clusters.Length + 1;
                }
            }

            lines.Add(current);
            widths.Add(x);
            characters.Add(count);
        }

        var hidden = 0;
        if (style.MaxLines > 0 && lines.Count > style.MaxLines)
        {
            hidden = characters.Skip(style.MaxLines).Sum();
            var last = style.MaxLines - 1;
            (lines[last], widths[last], var cut) = WithEllipsis(face, style, lines[last], maxWidth);
            hidden += cut;
            lines.RemoveRange(style.MaxLines, lines.Count - style.MaxLines);
            widths.RemoveRange(style.MaxLines, widths.Count - style.MaxLines);
        }

        var lineBox = size * style.LineHeight;
        var ascent = face.Ascent * size;
        var halfLeading = (lineBox - ((face.Ascent + face.Descent) * size)) / 2;
        var built = lines.Select((words, i) => new TextLine([.. words], widths[i], (i * lineBox) + halfLeading + ascent));
        return new TextBlock([.. built], size, spacing, widths.DefaultIfEmpty(0).Max(), lines.Count * lineBox)
        {
            HiddenCharacters = hidden,
        };
    }

    /// <summary>
    /// The word itself, or pieces of it that each fit the width when the whole word does not. A piece ends
    /// after the last <c>/</c> or <c>-</c> that fits (web addresses, compound words), else after the last character that fits.
    /// </summary>
    private IEnumerable<ShapedText> Pieces(FontFace face, string word, TextStyle style, float maxWidth)
    {
        var start = 0;
        while (start < word.Length)
        {
            var rest = shaper.Shape(face, word[start..]);
            if (rest.Width(style.Size, style.LetterSpacing) <= maxWidth)
            {
                yield return rest;
                yield break;
            }

            var end = LastFittingCluster(rest, style, maxWidth);
            var breakAfter = word.AsSpan(start, end).LastIndexOfAny('/', '-');
            var length = breakAfter > 0 ? breakAfter + 1 : end;
            yield return shaper.Shape(face, word.Substring(start, length));
            start += length;
        }
    }

    /// <summary>How many chars of the shaped text fit in the width, ending on a cluster boundary; at least one cluster.</summary>
    private static int LastFittingCluster(ShapedText shaped, TextStyle style, float maxWidth)
    {
        var scale = style.Size / shaped.Face.UnitsPerEm;
        var fitting = shaped.Clusters.Length > 1 ? shaped.Clusters[1] : 1;
        for (var i = 1; i < shaped.Glyphs.Length; i++)
        {
            var end = i + 1 < shaped.Glyphs.Length ? shaped.Offsets[i + 1] : shaped.Advance;
            if ((end * scale) + (style.LetterSpacing * (i + 1)) > maxWidth)
            {
                break;
            }

            if (i + 1 < shaped.Clusters.Length && shaped.Clusters[i + 1] > shaped.Clusters[i])
            {
                fitting = shaped.Clusters[i + 1];
            }
        }

        return Math.Max(1, fitting);
    }

    /// <summary>Drops words from the end of a line until the ellipsis fits after it.</summary>
    private (List<PlacedWord> Words, float Width, int Cut) WithEllipsis(FontFace face, TextStyle style, List<PlacedWord> words, float maxWidth)
    {
        var ellipsis = shaper.Shape(face, Ellipsis);
        var ellipsisWidth = ellipsis.Width(style.Size, style.LetterSpacing);
        var cut = 0;
        while (words.Count > 1 && End(words[^1]) + ellipsisWidth > maxWidth)
        {
            cut += words[^1].Shaped.Clusters.Length + 1;
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 1 && End(words[0]) + ellipsisWidth > maxWidth)
        {
            // One word too long for the ellipsis: keep only the characters that leave room for it.
            var word = words[0].Shaped;
            var kept = LastFittingCluster(word, style, maxWidth - ellipsisWidth - words[0].X);
            cut += word.Text.Length - kept;
            words[0] = words[0] with { Shaped = shaper.Shape(face, word.Text[..kept]) };
        }

        var end = words.Count > 0 ? End(words[^1]) : 0;
        words.Add(new PlacedWord(ellipsis, end));
        return (words, end + ellipsisWidth, cut);

        float End(PlacedWord word) => word.X + word.Shaped.Width(style.Size, style.LetterSpacing);
    }
}
