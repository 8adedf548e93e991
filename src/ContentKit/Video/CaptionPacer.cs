using System.Text;

namespace ContentKit.Video;

/// <summary>
/// Splits narration into captions a viewer can read: at most two short lines each, broken after sentences
/// and clauses where possible, each shown for a time proportional to its length (reading time).
/// </summary>
internal static class CaptionPacer
{
    /// <summary>About two caption lines of a phone-width video.</summary>
    public const int MaxCharacters = 56;

    public static IReadOnlyList<CaptionCue> Pace(string text, double start, double end)
    {
        var chunks = Chunks(text).ToList();
        var total = chunks.Sum(c => c.Length);
        var cues = new List<CaptionCue>();
        var time = start;
        foreach (var chunk in chunks)
        {
            var length = (end - start) * chunk.Length / total;
            cues.Add(new CaptionCue(time, time + length, chunk));
            time += length;
        }

        return cues;
    }

    /// <summary>Words gathered up to <see cref="MaxCharacters"/>; a chunk ends early at a full stop, or at a comma once it is half full.</summary>
    private static IEnumerable<string> Chunks(string text)
    {
        var chunk = new StringBuilder();
        foreach (var word in text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (chunk.Length > 0 && chunk.Length + 1 + word.Length > MaxCharacters)
            {
                yield return chunk.ToString();
                chunk.Clear();
            }

            chunk.Append(chunk.Length > 0 ? " " : "").Append(word);
            var last = word[^1];
            if (last is '.' or '!' or '?' || (last is ',' or ';' or ':' && chunk.Length > MaxCharacters / 2))
            {
                yield return chunk.ToString();
                chunk.Clear();
            }
        }

        if (chunk.Length > 0)
        {
            yield return chunk.ToString();
        }
    }
}
