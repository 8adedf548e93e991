using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>The notice-board file: every ready page of a PDF batch in one document.</summary>
public static partial class BatchRunner
{
    /// <summary>The name of the combined PDF of a format: <c>pengumuman-a4-gabungan.pdf</c>.</summary>
    public static string CombinedName(string template, string format) => $"{template}-{format}-gabungan.pdf";

    /// <summary>
    /// Writes, per format, one PDF of the outputs that are ready (written now or kept from an earlier run), in row order,
    /// atomically; rejected and failed outputs are left out, as they are not fit to print. Returns the files written.
    /// </summary>
    private static async Task<List<string>> WriteCombinedAsync(
        Renderer renderer, IReadOnlyList<BatchTask> tasks, OutputResult[]?[] results, IReadOnlyList<OutputFormat> formats, string folder, CancellationToken cancellationToken)
    {
        var ready = tasks
            .SelectMany((task, index) => task.Outputs.Where(o => results[index]?.Any(r => r.Error is null && r.Name == o.Name) == true))
            .ToList();
        var written = new List<string>();
        foreach (var format in formats)
        {
            var pages = ready.Where(o => o.Format == format).Select(o => (o.Unit, o.Format)).ToList();
            if (pages.Count == 0)
            {
                continue;
            }

            var name = CombinedName(renderer.Template.Id, format.Name);
            await AtomicFile.WriteAsync(Path.Combine(folder, name), (stream, ct) => Task.Run(() => renderer.RenderPdf(pages, stream, ct), ct), cancellationToken);
            written.Add(name);
        }

        return written;
    }
}
