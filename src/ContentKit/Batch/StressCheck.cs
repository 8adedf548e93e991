using ContentKit.Drawing;
using ContentKit.Output;
using ContentKit.Templates;
using ContentKit.Templates.Functions;

namespace ContentKit.Batch;

/// <summary>
/// <c>contentkit check</c>: renders a template against its stress set (see <c>StressSet</c>: very short and very long
/// text, empty optional fields, dark, bright and portrait photos, emoji, Arabic, 1 and 30 rows) in every format of its
/// manifest, through the same binding, planning, layout, painting and design check as a batch, and collects the
/// findings. The stress photos are painted into a temporary folder that is removed afterwards.
/// </summary>
/// <remarks>Stateless: safe to call from any number of threads at once.</remarks>
public static class StressCheck
{
    /// <summary>Checks <paramref name="template"/> against its stress set.</summary>
    /// <param name="library">The library the template and its brand kit come from.</param>
    /// <param name="template">An image template.</param>
    /// <param name="options">Where to keep the images, if anywhere; how many to render at once.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <exception cref="ContentKitException">The template is a video template.</exception>
    public static StressReport Run(TemplateLibrary library, Template template, StressCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(template);
        options ??= new StressCheckOptions();
        if (template.Manifest.Kind == TemplateKind.Video)
        {
            throw new ContentKitException(Localized.Format(Messages.Stress_VideoTemplate, template.Id));
        }

        var photos = Path.Combine(Path.GetTempPath(), "contentkit-check-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(photos);
        try
        {
            StressPhotos.WriteTo(photos);
            if (options.OutputFolder is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            using var renderer = new Renderer(library, template, new RenderOptions { DataFolder = photos, Unit = options.Unit });
            var cases = StressSet.Build(template.Manifest);
            var work = Plan(renderer, cases);
            var outcomes = new StressOutcome[work.Count];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = cancellationToken };
            Parallel.For(0, work.Count, parallel, i => outcomes[i] = Render(renderer, work[i], options, cancellationToken));
            return new StressReport(template.Id, [.. template.Manifest.Formats.Select(f => f.Name)], [.. cases.Select(c => c.Name)], outcomes);
        }
        finally
        {
            Directory.Delete(photos, recursive: true);
        }
    }

    /// <summary>Binds every case's rows as a batch does, then plans its images in every format.</summary>
    private static List<StressWork> Plan(Renderer renderer, IReadOnlyList<StressCase> cases)
    {
        var work = new List<StressWork>();
        foreach (var (stress, number) in cases.Select((c, i) => (c, i + 1)))
        {
            var rows = stress.Sheet.Rows.Select(r => renderer.Bind(r, StressSet.SourceName)).ToList();
            var errors = rows.SelectMany(r => r.Errors).Select(e => e.ToString()).ToList();
            foreach (var format in renderer.Template.Manifest.Formats)
            {
                if (errors.Count > 0)
                {
                    work.Add(new StressWork(number, stress.Name, format, null, errors));
                    continue;
                }

                work.AddRange(renderer.Template.Plan(rows, format).Select(unit => new StressWork(number, stress.Name, format, unit, [])));
            }
        }

        return work;
    }

    /// <summary>Renders one image (in memory, or into the output folder), design-checks it, and says what it found.</summary>
    private static StressOutcome Render(Renderer renderer, StressWork work, StressCheckOptions options, CancellationToken cancellationToken)
    {
        var (page, pages) = work.Unit is { } u ? (u.Page, u.Pages) : (1, 1);
        if (work.Unit is not { } unit)
        {
            return new StressOutcome(work.Case, work.Format.Name, page, pages, null, [], work.Errors, []);
        }

        try
        {
            string? output = null;
            RenderResult result;
            if (options.OutputFolder is { } folder)
            {
                using var image = new MemoryStream();
                result = renderer.Render(unit, work.Format, OutputType.Png, image, cancellationToken);
                var name = $"{work.Number:00}-{IndonesianFormat.Slug(work.Case)}-{work.Format.Name}{(unit.Slide is { } slide ? $"-{slide.Number}" : pages > 1 ? $"-{page}" : "")}.png";
                output = result.Rejected || (options.Strict && result.Findings.Count > 0) ? BatchRunner.RejectedName(name) : name;
                File.WriteAllBytes(Path.Combine(folder, output), image.ToArray());
            }
            else
            {
                result = renderer.Check(unit, work.Format, cancellationToken);
            }

            return new StressOutcome(work.Case, work.Format.Name, page, pages, output, result.Findings, [], [.. result.Warnings.Select(w => w.ToString())]);
        }
        catch (ContentKitException e)
        {
            return new StressOutcome(work.Case, work.Format.Name, page, pages, null, [], [e.ToString()], []);
        }
    }
}
