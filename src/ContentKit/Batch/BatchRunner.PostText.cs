using ContentKit.Output;

namespace ContentKit.Batch;

/// <summary>Alt text and caption: <c>NAME.txt</c> beside every ready output of a template that declares them.</summary>
public static partial class BatchRunner
{
    /// <summary>
    /// Writes the output's <c>NAME.txt</c> (atomically, and only when its text changed, so a run with nothing to render
    /// writes nothing) and returns what it holds; null when the template declares no alt text or caption.
    /// </summary>
    private static async Task<OutputDescription?> DescribeAsync(Renderer renderer, PlannedOutput output, string folder, CancellationToken cancellationToken)
    {
        if (renderer.Describe(output.Unit, output.Format, cancellationToken) is not { } text)
        {
            return null;
        }

        var file = PostText.FileFor(output.Name);
        var path = Path.Combine(folder, file);
        var content = text.ToFileText();
        if (!File.Exists(path) || await File.ReadAllTextAsync(path, cancellationToken) != content)
        {
            await AtomicFile.WriteTextAsync(path, content, cancellationToken);
        }

        return new OutputDescription(output.Name, file, text.Alt, text.Caption);
    }
}
