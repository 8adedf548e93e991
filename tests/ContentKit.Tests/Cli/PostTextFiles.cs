using System.Text.Json;
using System.Text.RegularExpressions;

namespace ContentKit.Tests.Cli;

/// <summary>Checks a batch folder's <c>NAME.txt</c> files: one beside every output, with alt text and caption, as report.json says.</summary>
internal static partial class PostTextFiles
{
    public static void AssertEveryOutputHasOne(string folder, IEnumerable<string> outputs)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json")));
        var described = report.RootElement.GetProperty("rows").EnumerateArray()
            .SelectMany(r => r.GetProperty("descriptions").EnumerateArray())
            .ToDictionary(d => d.GetProperty("output").GetString()!, d => (Alt: d.GetProperty("alt").GetString()!, Caption: d.GetProperty("caption").GetString()!));
        var names = outputs.Distinct().ToList();
        Assert.NotEmpty(names);
        foreach (var output in names)
        {
            var file = Path.Combine(folder, Path.ChangeExtension(output, ".txt"));
            Assert.True(File.Exists(file), $"{output} has no {Path.GetFileName(file)}");
            Assert.True(described.TryGetValue(output, out var text), $"report.json has no description of {output}");
            Assert.True(text.Alt.Length >= 40, $"{output}: alt text '{text.Alt}'");
            Assert.Contains("#KotaBlitar", text.Caption, StringComparison.Ordinal);
            AssertReadsNaturally(output, "alt text", text.Alt);
            AssertReadsNaturally(output, "caption", text.Caption);
            var content = File.ReadAllText(file);
            Assert.Contains(text.Alt, content, StringComparison.Ordinal);
            Assert.Contains(text.Caption, content, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// What an empty optional field leaves behind when a template forgets its <c>if</c>: punctuation after a space
    /// ("di , pukul"), empty brackets, a preposition with nothing after it ("di ."), or a line of only an emoji ("📍");
    /// and a template's full stop after a value that ends with its own ("perekaman..", "petugas.;").
    /// </summary>
    private static void AssertReadsNaturally(string output, string what, string text)
    {
        Assert.False(Dangling().IsMatch(text), $"{output}: {what} has a dangling word or mark: '{text}'");
        Assert.All(text.Split('\n').Where(l => l.Length > 0), l => Assert.True(l.Any(char.IsLetterOrDigit), $"{output}: {what} has a line with no words: '{l}'"));
    }

    [GeneratedRegex(@"\s[,.;:!?)]|\(\s*\)|\b(di|pada|pukul|dari|Sumber:|Info:|Kontak:)\s*[,.;]|(?<!\.)\.\.(?!\.)|\.;|[,;:]\.", RegexOptions.CultureInvariant)]
    private static partial Regex Dangling();
}
