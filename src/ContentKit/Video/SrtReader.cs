using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentKit.Video;

/// <summary>Reads SubRip (.srt) captions: numbered blocks of <c>00:00:01,000 --&gt; 00:00:03,500</c> and text lines.</summary>
internal static partial class SrtReader
{
    public static IReadOnlyList<CaptionCue> Read(string content, string file)
    {
        var cues = new List<CaptionCue>();
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Timing().Match(lines[i]);
            if (!match.Success)
            {
                if (lines[i].Contains("-->", StringComparison.Ordinal))
                {
                    throw ContentKitException.WithFix(
                        Localized.Format(Messages.Srt_Timing, lines[i].Trim()), Messages.Srt_TimingFix, new ErrorLocation(File: file, Line: i + 1));
                }

                continue;
            }

            var text = new List<string>();
            while (i + 1 < lines.Length && lines[i + 1].Trim().Length > 0)
            {
                text.Add(lines[++i].Trim());
            }

            var (start, end) = (Seconds(match.Groups["from"].Value), Seconds(match.Groups["to"].Value));
            if (end <= start)
            {
                throw new ContentKitException(
                    Localized.Format(Messages.Srt_EndsBeforeStart, match.Groups["from"].Value, match.Groups["to"].Value), new ErrorLocation(File: file, Line: i + 1));
            }

            cues.Add(new CaptionCue(start, end, string.Join(" ", text)));
        }

        return cues.Count > 0 ? cues : throw new ContentKitException(Messages.Srt_NoCues, new ErrorLocation(File: file));
    }

    private static double Seconds(string time) => TimeSpan.ParseExact(time.Replace('.', ','), @"hh\:mm\:ss\,fff", CultureInfo.InvariantCulture).TotalSeconds;

    [GeneratedRegex(@"^\s*(?<from>\d\d:\d\d:\d\d[,.]\d\d\d)\s*-->\s*(?<to>\d\d:\d\d:\d\d[,.]\d\d\d)")]
    private static partial Regex Timing();
}
