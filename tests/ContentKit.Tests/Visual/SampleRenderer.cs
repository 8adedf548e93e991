using ContentKit.Data;
using ContentKit.Templates;

namespace ContentKit.Tests.Visual;

/// <summary>Renders rows of the repository's sample spreadsheets with the built-in templates, as the README's first command does.</summary>
internal sealed class SampleRenderer : IDisposable
{
    private readonly Dictionary<(string Template, string Sample), (Renderer Renderer, DataSheet Sheet)> _renderers = [];

    public TemplateLibrary Library { get; } = new(TestPaths.Templates);

    public (Renderer Renderer, BoundRow Row) Row(string template, string sample, int rowNumber)
    {
        var (renderer, sheet) = Open(template, sample);
        var row = renderer.Bind(sheet.Rows.Single(r => r.RowNumber == rowNumber), sample);
        Assert.True(row.IsValid, string.Join("; ", row.Errors.Select(e => e.ToString())));
        return (renderer, row);
    }

    /// <summary>The first output a sample makes in a format (a row, a table page or a group), as a batch would render it.</summary>
    public (Renderer Renderer, RenderUnit Unit) FirstOutput(string template, string sample, string format)
    {
        var (renderer, sheet) = Open(template, sample);
        var rows = sheet.Rows.Select(r => renderer.Bind(r, sample)).ToList();
        Assert.All(rows, row => Assert.True(row.IsValid, string.Join("; ", row.Errors.Select(e => e.ToString()))));
        return (renderer, renderer.Template.Plan(rows, renderer.Template.Format(format)).First());
    }

    /// <summary>Every output a sample makes in a format, in batch order.</summary>
    public (Renderer Renderer, IReadOnlyList<RenderUnit> Units) Outputs(string template, string sample, string format)
    {
        var (renderer, sheet) = Open(template, sample);
        var rows = sheet.Rows.Select(r => renderer.Bind(r, sample)).ToList();
        return (renderer, [.. renderer.Template.Plan(rows, renderer.Template.Format(format))]);
    }

    /// <summary>Row <paramref name="row"/> of a sample as its own output, or with 0 the sample's first output.</summary>
    public (Renderer Renderer, RenderUnit Unit) Output(string template, string sample, int row, string format)
    {
        if (row == 0)
        {
            return FirstOutput(template, sample, format);
        }

        var (renderer, bound) = Row(template, sample, row);
        return (renderer, RenderUnit.Of(bound));
    }

    private (Renderer Renderer, DataSheet Sheet) Open(string template, string sample)
    {
        if (!_renderers.TryGetValue((template, sample), out var entry))
        {
            var sheet = DataReader.Read(Path.Combine(TestPaths.Samples, sample));
            var renderer = new Renderer(Library, Library.Load(template), new RenderOptions { DataFolder = TestPaths.Samples, Clock = FixedClock.SampleDay });
            _renderers[(template, sample)] = entry = (renderer, sheet);
        }

        return entry;
    }

    public void Dispose()
    {
        foreach (var (renderer, _) in _renderers.Values)
        {
            renderer.Dispose();
        }
    }
}
