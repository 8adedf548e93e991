using System.Diagnostics;

namespace ContentKit.Tests.Pdf;

/// <summary>
/// Reads PDFs back with poppler-utils (<c>pdftotext</c>, <c>pdffonts</c>, <c>pdfinfo</c>, <c>pdftoppm</c>), a reader other
/// than the Skia that wrote them. A missing tool fails the test with what to install; it never skips.
/// </summary>
internal static class Poppler
{
    /// <summary>The text of the PDF, or of page <paramref name="page"/> only, with runs of white space made one space.</summary>
    public static string Text(string pdf, int? page = null)
    {
        string[] pages = page is { } p ? ["-f", $"{p}", "-l", $"{p}"] : [];
        var text = Run("pdftotext", [.. pages, "-enc", "UTF-8", pdf, "-"]);
        return string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>One entry per font: name, type, embedded, subset (<c>pdffonts</c>' columns).</summary>
    public static IReadOnlyList<(string Name, string Type, bool Embedded, bool Subset)> Fonts(string pdf)
    {
        // name  type (may hold spaces)  encoding  emb sub uni  object ID: read from the right, where the columns are single words.
        return Run("pdffonts", [pdf]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(c => (c[0], string.Join(' ', c[1..^6]), c[^5] == "yes", c[^4] == "yes"))
            .ToList();
    }

    /// <summary>What <c>pdfinfo</c> says, by its keys (<c>Pages</c>, <c>Page size</c>, <c>CreationDate</c>…).</summary>
    public static IReadOnlyDictionary<string, string> Info(string pdf) =>
        Run("pdfinfo", [pdf]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .Where(kv => kv.Length == 2)
            .ToDictionary(kv => kv[0].Trim(), kv => kv[1].Trim());

    /// <summary>Page <paramref name="page"/> drawn by poppler as a PNG exactly <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static byte[] Raster(string pdf, int page, int width, int height)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, $"{Path.GetFileNameWithoutExtension(pdf)}-poppler-{page}");
        _ = Run("pdftoppm", ["-f", $"{page}", "-l", $"{page}", "-singlefile", "-png", "-scale-to-x", $"{width}", "-scale-to-y", $"{height}", pdf, prefix]);
        return File.ReadAllBytes(prefix + ".png");
    }

    private static string Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{program} is needed by this test and was not found on PATH (apt-get install poppler-utils).", e);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
            return output;
        }
    }
}
