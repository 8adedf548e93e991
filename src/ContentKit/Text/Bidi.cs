namespace ContentKit.Text;

/// <summary>
/// Orders a line's words for display. Right-to-left words (Arabic) that follow each other are shown in
/// reverse order, so a phrase reads right to left inside a left-to-right line; a paragraph that starts
/// with a right-to-left word is right-to-left as a whole, with its left-to-right phrases kept in order.
/// This is the part of the Unicode bidirectional algorithm that poster text needs: glyphs within a word
/// are already in visual order from HarfBuzz.
/// </summary>
internal static class Bidi
{
    public static List<Word> Order(List<Word> line, bool rightToLeftParagraph)
    {
        var ordered = new List<Word>(line);
        if (rightToLeftParagraph)
        {
            ordered.Reverse();
            ReverseRuns(ordered, rightToLeft: false);
        }
        else
        {
            ReverseRuns(ordered, rightToLeft: true);
        }

        return ordered;
    }

    private static void ReverseRuns(List<Word> words, bool rightToLeft)
    {
        for (var start = 0; start < words.Count;)
        {
            if (words[start].RightToLeft != rightToLeft)
            {
                start++;
                continue;
            }

            var end = start;
            while (end + 1 < words.Count && words[end + 1].RightToLeft == rightToLeft)
            {
                end++;
            }

            words.Reverse(start, end - start + 1);
            start = end + 1;
        }
    }
}
