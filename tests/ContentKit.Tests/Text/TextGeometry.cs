using System.Globalization;
using ContentKit.Text;

namespace ContentKit.Tests.Text;

/// <summary>Reads a laid-out <see cref="TextBlock"/> in tests: runs with their x positions, words by their text, an outline to compare.</summary>
internal static class TextGeometry
{
    /// <summary>Every run of the block with its line and its x from the block's left edge, line by line, left to right.</summary>
    public static IEnumerable<(TextLine Line, TextRun Run, float X)> Runs(this TextBlock block) =>
        block.Lines.SelectMany(line => line.Words.SelectMany(word => word.Runs().Select(placed => (line, placed.Run, placed.X))));

    /// <summary>The one run showing exactly <paramref name="text"/>; fails naming the runs there are.</summary>
    public static (TextLine Line, TextRun Run, float X) Run(this TextBlock block, string text)
    {
        var matches = block.Runs().Where(r => r.Run.Shaped.Text == text).ToList();
        if (matches.Count != 1)
        {
            Assert.Fail($"expected one run '{text}' but found {matches.Count} among: {Describe(block)}");
        }

        return matches[0];
    }

    /// <summary>The word's text, all runs joined.</summary>
    public static string Text(this PlacedWord word) => string.Concat(word.Word.Runs.Select(r => r.Shaped.Text));

    /// <summary>The words of each line, in display order, for failure messages.</summary>
    public static string Describe(this TextBlock block) =>
        string.Join(" / ", block.Lines.Select(line => string.Join(" ", line.Words.Select(w => $"[{w.Text()} @{w.X:0.#}]"))));

    /// <summary>Everything layout decided about the block (sizes, lines, word positions), as text two blocks can be compared by.</summary>
    public static string Outline(this TextBlock block) => string.Create(CultureInfo.InvariantCulture, $"{block.Width:0.00}×{block.Height:0.00} size {block.Size:0.00}: ") +
        string.Join(" / ", block.Lines.Select(line =>
            string.Create(CultureInfo.InvariantCulture, $"top {line.Top:0.00} h {line.Height:0.00} base {line.Baseline:0.00} w {line.Width:0.00} ") +
            string.Join(" ", line.Words.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Text()}@{w.X:0.00}")))));

    /// <summary>The sum of squared differences between each line's width and the widest line's: 0 when all lines are equally long.</summary>
    public static float Raggedness(this TextBlock block) => block.Lines.Sum(l => (block.Width - l.Width) * (block.Width - l.Width));
}
