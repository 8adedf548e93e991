namespace ContentKit.Templates;

/// <summary>What <c>template.json</c> declares: identity, output formats, fields and binding.</summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record TemplateManifest
{
    /// <summary>The id used with <c>--template</c>; the same as the folder name.</summary>
    public required string Id { get; init; }

    /// <summary>A human title.</summary>
    public required string Title { get; init; }

    /// <summary>What the template is for.</summary>
    public string Description { get; init; } = "";

    /// <summary>Image or video.</summary>
    public TemplateKind Kind { get; init; } = TemplateKind.Image;

    /// <summary>The Scriban file that produces layout markup, relative to the template folder.</summary>
    public string Layout { get; init; } = "layout.sbn";

    /// <summary>The brand kit id used unless the caller gives another.</summary>
    public string Brand { get; init; } = "kota-blitar";

    /// <summary>The default file name pattern (see <c>--name</c>).</summary>
    public string Name { get; init; } = "{row}-{format}";

    /// <summary>How rows become outputs.</summary>
    public Binding Binding { get; init; } = Binding.Row;

    /// <summary>For <see cref="Binding.Group"/>: the field whose value groups rows; <c>field:week</c> or <c>field:month</c> groups dates.</summary>
    public string? GroupBy { get; init; }

    /// <summary>
    /// For table and group bindings: the field rows are sorted by before they are cut into pages, <c>field</c>
    /// (smallest first) or <c>field:desc</c> (largest first); empty values go last. Null keeps sheet order.
    /// </summary>
    public string? OrderBy { get; init; }

    /// <summary>For table and group bindings: the most rows one output shows, per format; more continue on the next page.</summary>
    public IReadOnlyDictionary<string, int>? PageSize { get; init; }

    /// <summary>Carousel output: each row (or table, or group) becomes a numbered series of slides (cover, content, closing) instead of one image, in every format or in the ones named.</summary>
    public SlideSet? Slides { get; init; }

    /// <summary>The output sizes, in declaration order; the first is the default.</summary>
    public required IReadOnlyList<OutputFormat> Formats { get; init; }

    /// <summary>The fields each row supplies.</summary>
    public required IReadOnlyList<FieldDefinition> Fields { get; init; }

    /// <summary>Template-level values and their defaults (a title, a source line), read as <c>job.KEY</c>; <c>--set KEY=VALUE</c> overrides them.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Alt text for each output, a Scriban template over the layout's model (<c>row</c>, <c>brand</c>, <c>format</c>…) that
    /// writes plain text: what the image announces, for a screen-reader user. Null when the template has none.
    /// </summary>
    public string? Alt { get; init; }

    /// <summary>A ready-to-post caption for each output, a Scriban template like <see cref="Alt"/>, usually ending with <c>brand.hashtags</c>.</summary>
    public string? Caption { get; init; }

    /// <summary>A sample data file inside the template folder that renders it.</summary>
    public string? Sample { get; init; }

    /// <summary>
    /// This manifest with the defaults above wherever <c>template.json</c> left a property out: the source-generated
    /// reader (<see cref="TemplateJsonContext"/>) sets every init-only property, one the file lacks to null.
    /// </summary>
    internal TemplateManifest WithDefaults()
    {
        var defaults = new TemplateManifest { Id = Id, Title = Title, Formats = Formats, Fields = Fields };
        return this with
        {
            Description = Description ?? defaults.Description,
            Layout = Layout ?? defaults.Layout,
            Brand = Brand ?? defaults.Brand,
            Name = Name ?? defaults.Name,
            Values = Values ?? defaults.Values,
        };
    }
}
