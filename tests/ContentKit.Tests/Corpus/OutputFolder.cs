using ContentKit.Tests.Batch;
using ContentKit.Tests.Cli;

namespace ContentKit.Tests.Corpus;

/// <summary>Checks that a run left nothing behind but finished, reported files.</summary>
internal static class OutputFolder
{
    private static readonly string[] ReportFiles = ["report.json", "report.html", ".contentkit-cache.json"];

    /// <summary>Every file under <paramref name="root"/>, relative to it, in ordinal order.</summary>
    public static List<string> FilesUnder(string root) =>
        Directory.Exists(root)
            ? [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>A run that stopped before rendering wrote no image and no temporary file.</summary>
    public static void AssertNothingRendered(string output, CliResult result)
    {
        var files = FilesUnder(output);
        Assert.True(files.All(f => ReportFiles.Contains(f, StringComparer.Ordinal)), $"Left in {output}: {string.Join(", ", files)}\n{result}");
    }

    /// <summary>The output folder holds exactly the reported outputs and the report files, each output complete.</summary>
    public static void AssertOnlyReportedOutputs(string output, IReadOnlyList<ReportRow> report, CliResult result)
    {
        var files = FilesUnder(output);
        // Each reported output, the alt text and caption beside it (NAME.txt), and the report's own files.
        var outputs = report.SelectMany(r => r.Outputs).ToList();
        var expected = outputs.Concat(outputs.Select(o => Path.ChangeExtension(o, ".txt"))).Concat(ReportFiles.Where(f => File.Exists(Path.Combine(output, f)))).Order(StringComparer.Ordinal);
        Assert.True(expected.SequenceEqual(files, StringComparer.Ordinal), $"Expected only reported outputs in {output}, found: {string.Join(", ", files)}\n{result}");
        Assert.All(files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)), f => Assert.True(Png.IsComplete(Path.Combine(output, f)), $"{f} is cut off."));
    }
}
