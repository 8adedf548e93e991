using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Markup;

/// <summary>
/// Reads the content of a <c>&lt;text&gt;</c> element into spans: <c>&lt;b&gt;</c>, <c>&lt;i&gt;</c> and
/// <c>&lt;span&gt;</c> (nested as needed), white space collapsed across them with line breaks kept, and, when
/// the paragraph asks for it, <c>*kata*</c> in the text turned into emphasis. Emphasis is found in text
/// only, so data can ask for emphasis but can never add an element.
/// </summary>
internal static partial class InlineText
{
    public static ImmutableArray<TextSpan> Read(XElement text, TextStyle paragraph, Func<XElement, int> lineOf)
    {
        var pieces = new List<TextSpan>();
        Collect(text, SpanStyle.Plain, paragraph, pieces, lineOf);
        var collapsed = Collapse(pieces);
        return paragraph.EmphasisColor is { } color
            ? [.. collapsed.SelectMany(span => Emphasise(span, new SpanStyle { Color = color, Weight = paragraph.EmphasisWeight ?? Math.Max(paragraph.Weight, 700) }))]
            : collapsed;
    }

    private static void Collect(XElement element, SpanStyle style, TextStyle paragraph, List<TextSpan> pieces, Func<XElement, int> lineOf)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    pieces.Add(new TextSpan(text.Value, style));
                    break;
                case XElement inline:
                    Collect(inline, style.Then(Inline(inline, paragraph, lineOf)), paragraph, pieces, lineOf);
                    break;
            }
        }
    }

    private static SpanStyle Inline(XElement inline, TextStyle paragraph, Func<XElement, int> lineOf)
    {
        var name = inline.Name.LocalName;
        var style = name switch
        {
            "b" => new SpanStyle { Weight = paragraph.Weight >= 700 ? 800 : 700 },
            "i" => new SpanStyle { Italic = true },
            "span" => SpanStyle.Plain,
            _ => throw new MarkupException(
                Localized.Format(Messages.Markup_InlineElement, name, NearestName.Hint(name, MarkupVocabulary.InlineElements)),
                lineOf(inline)),
        };

        foreach (var attribute in inline.Attributes())
        {
            var attributeName = attribute.Name.LocalName;
            try
            {
                if (name == "span" && MarkupVocabulary.Span.TryApply(attributeName, attribute.Value, ref style))
                {
                    continue;
                }
            }
            catch (FormatException e)
            {
                throw new MarkupException($"<span {attributeName}=\"{attribute.Value}\">: {e.Message}.", lineOf(inline));
            }

            var known = name == "span" ? MarkupVocabulary.Span.Names : [];
            throw new MarkupException(Localized.Format(Messages.Markup_NoAttribute, name, attributeName, NearestName.Hint(attributeName, known)), lineOf(inline));
        }

        return style;
    }

    /// <summary>Collapses runs of white space to one space across span boundaries, keeps line breaks, trims the paragraph.</summary>
    private static ImmutableArray<TextSpan> Collapse(List<TextSpan> pieces)
    {
        var result = new List<(StringBuilder Text, SpanStyle Style)>();
        var previous = '\n';
        var started = false;
        foreach (var piece in pieces)
        {
            var text = new StringBuilder();
            foreach (var c in piece.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
            {
                if (c == '\n')
                {
                    if (!started)
                    {
                        continue;
                    }

                    TrimTrailingSpace(result, text);
                    text.Append('\n');
                    previous = '\n';
                }
                else if (c is ' ' or '\t' or '\f' or '\v')
                {
                    if (previous is not (' ' or '\n'))
                    {
                        text.Append(' ');
                        previous = ' ';
                    }
                }
                else
                {
                    text.Append(c);
                    previous = c;
                    started = true;
                }
            }

            result.Add((text, piece.Style));
        }

        for (var i = result.Count - 1; i >= 0; i--)
        {
            var text = result[i].Text;
            while (text.Length > 0 && text[^1] is ' ' or '\n')
            {
                text.Length--;
            }

            if (text.Length > 0)
            {
                break;
            }
        }

        return [.. result.Where(r => r.Text.Length > 0).Select(r => new TextSpan(r.Text.ToString(), r.Style))];
    }

    private static void TrimTrailingSpace(List<(StringBuilder Text, SpanStyle Style)> done, StringBuilder current)
    {
        if (current.Length > 0)
        {
            if (current[^1] == ' ')
            {
                current.Length--;
            }

            return;
        }

        for (var i = done.Count - 1; i >= 0; i--)
        {
            if (done[i].Text.Length > 0)
            {
                if (done[i].Text[^1] == ' ')
                {
                    done[i].Text.Length--;
                }

                return;
            }
        }
    }

    private static IEnumerable<TextSpan> Emphasise(TextSpan span, SpanStyle emphasis)
    {
        var at = 0;
        foreach (Match match in Starred().Matches(span.Text))
        {
            if (match.Index > at)
            {
                yield return span with { Text = span.Text[at..match.Index] };
            }

            yield return new TextSpan(match.Groups[1].Value, span.Style.Then(emphasis));
            at = match.Index + match.Length;
        }

        if (at < span.Text.Length)
        {
            yield return span with { Text = span.Text[at..] };
        }
    }

    // Markdown's rule: an opening star is not after a letter or digit and not before a space; a closing star the
    // reverse. So "5 * 3 * 2" and footnote stars ("Gratis* … *Syarat berlaku") stay as they are.
    [GeneratedRegex(@"(?<![\p{L}\p{N}*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\p{L}\p{N}*])")]
    private static partial Regex Starred();
}
