using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace ContentKit.Text;

/// <summary>
/// Turns a paragraph's spans into words of shaped runs at one scale: styles resolved, text upper-cased
/// if asked, every character given a face by <see cref="FontFallback"/>, every run shaped (and cached).
/// Line breaks in the text start a new paragraph.
/// </summary>
internal sealed class WordReader(TextShaper shaper, FontFallback fallback, string defaultFamily)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<RunStyle, float> _spaces = new();
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public List<List<Word>> Read(IParagraph element, float scale, ISet<string> missing)
    {
        var paragraph = element.Style;
        var paragraphs = new List<List<Word>> { new() };
        var runs = ImmutableArray.CreateBuilder<TextRun>();
        var spaceBefore = 0f;
        var pendingSpace = 0f;

        void EndWord()
        {
            if (runs.Count > 0)
            {
                paragraphs[^1].Add(new Word(runs.ToImmutable(), spaceBefore));
                runs.Clear();
            }
        }

        foreach (var span in element.Spans)
        {
            var style = Resolve(paragraph, span.Style, scale);
            var text = paragraph.Uppercase ? span.Text.ToUpper(Indonesian) : span.Text;
            var segment = new StringBuilder();
            foreach (var c in text)
            {
                if (c is ' ' or '\n')
                {
                    AddRuns(segment.ToString(), style, runs, missing);
                    segment.Clear();
                    EndWord();
                    if (c == '\n')
                    {
                        paragraphs.Add([]);
                        pendingSpace = 0;
                    }
                    else
                    {
                        pendingSpace = SpaceWidth(style);
                    }

                    continue;
                }

                if (runs.Count == 0 && segment.Length == 0)
                {
                    spaceBefore = pendingSpace;
                }

                segment.Append(c);
            }

            AddRuns(segment.ToString(), style, runs, missing);
        }

        EndWord();
        return paragraphs;
    }

    public RunStyle Resolve(TextStyle paragraph, SpanStyle span, float scale) => new(
        span.Family ?? paragraph.Family ?? defaultFamily,
        (span.Size ?? paragraph.Size) * scale,
        span.Weight ?? paragraph.Weight,
        span.Italic ?? paragraph.Italic,
        span.Color ?? paragraph.Color,
        paragraph.LetterSpacing * scale);

    private void AddRuns(string text, RunStyle style, ImmutableArray<TextRun>.Builder runs, ISet<string> missing)
    {
        if (text.Length == 0)
        {
            return;
        }

        foreach (var (part, face) in fallback.Split(text, style, missing))
        {
            runs.Add(new TextRun(shaper.Shape(face, part), style));
        }
    }

    private float SpaceWidth(RunStyle style) => _spaces.GetOrAdd(style, s =>
    {
        var face = fallback.Split(" ", s, new HashSet<string>()).First().Face;
        return shaper.Shape(face, " ").Width(s.Size, s.LetterSpacing);
    });
}
