using ContentKit.Output;

namespace ContentKit.Batch;

/// <summary>How the design check decides where an image goes: a ready file, or <c>NAME.rejected.EXT</c> for review.</summary>
public static partial class BatchRunner
{
    /// <summary>The suffix before the extension of an image the design check rejected: <c>005-story.rejected.png</c>.</summary>
    public const string RejectedSuffix = ".rejected";

    /// <summary>The file a rejected output is kept as, beside where the ready file would be.</summary>
    public static string RejectedName(string output) =>
        Path.ChangeExtension(output, null) + RejectedSuffix + Path.GetExtension(output);

    /// <summary>
    /// Renders an image and writes it as ready, or, when the check found an error (or any finding under
    /// <see cref="BatchOptions.Strict"/>), as the rejected file. Either way the other file of the pair is removed, so a
    /// folder never holds a ready file beside a newer rejection or the reverse. <paramref name="beforeReady"/> is called with a
    /// ready image's finished file just before it takes its name: the cache records it there.
    /// </summary>
    private static async Task<(RenderResult Rendered, string? Rejected)> WriteImageAsync(Renderer renderer, PlannedOutput output, string folder, BatchOptions options, Func<RenderResult, FileInfo, Task>? beforeReady, PreflightLayout preflight, CancellationToken cancellationToken)
    {
        using var image = new MemoryStream();
        var rendered = preflight.Take(output) is { } laidOut
            ? renderer.Render(laidOut, options.Type, image, cancellationToken)
            : renderer.Render(output.Unit, output.Format, options.Type, image, cancellationToken);
        var rejected = rendered.Rejected || (options.Strict && rendered.Findings.Count > 0);
        var (keep, remove) = rejected ? (RejectedName(output.Name), output.Name) : (output.Name, RejectedName(output.Name));
        Func<FileInfo, Task>? record = rejected || beforeReady is null ? null : file => beforeReady(rendered, file);
        await AtomicFile.WriteAsync(Path.Combine(folder, keep), (stream, ct) => stream.WriteAsync(image.GetBuffer().AsMemory(0, (int)image.Length), ct).AsTask(), record, cancellationToken);
        File.Delete(Path.Combine(folder, remove));
        if (rejected)
        {
            // A rejected image is not for posting: no alt text or caption beside it, nor one left from an earlier ready file.
            File.Delete(Path.Combine(folder, PostText.FileFor(output.Name)));
        }

        return (rendered, rejected ? keep : null);
    }

    /// <summary>The error that fails a rejected output's row: how many problems, and the file to look at.</summary>
    private static ContentKitException RejectedError(RenderResult rendered, string rejected, int row)
    {
        var errors = rendered.Findings.Count(f => f.IsError);
        var message = errors > 0
            ? Localized.Format(Messages.Batch_Rejected, errors, rejected)
            : Localized.Format(Messages.Batch_Strict, rendered.Findings.Count, rejected);
        return new ContentKitException(message, new ErrorLocation(Row: row));
    }

    /// <summary>A video is not design-checked; under <see cref="BatchOptions.Strict"/> any of its warnings fails it.</summary>
    private static ContentKitException? StrictVideoFailure(BatchOptions options, RenderResult rendered, int row) =>
        options.Strict && rendered.Warnings.Count > 0
            ? new ContentKitException(Localized.Format(Messages.Batch_StrictVideo, rendered.Warnings.Count), new ErrorLocation(Row: row))
            : null;
}
