using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanTemplate = Scriban.Template;

namespace ContentKit.Templates;

/// <summary>
/// A loaded template pack: its manifest and its layout file, parsed once and checked for errors
/// before any row renders. Thread-safe: every render gets its own Scriban context.
/// </summary>
public sealed class Template
{
    /// <summary>The manifest file every template folder has.</summary>
    public const string ManifestFile = "template.json";

    private readonly ScribanTemplate _layout;
    private readonly PostTextTemplates _postText;

    private Template(string folder, TemplateManifest manifest, string layoutPath, ScribanTemplate layout, PostTextTemplates postText)
    {
        Folder = folder;
        Manifest = manifest;
        LayoutPath = layoutPath;
        _layout = layout;
        _postText = postText;
    }

    /// <summary>The template folder.</summary>
    public string Folder { get; }

    /// <summary>What the template declares.</summary>
    public TemplateManifest Manifest { get; }

    /// <summary>The Scriban layout file.</summary>
    public string LayoutPath { get; }

    /// <summary>The template id.</summary>
    public string Id => Manifest.Id;

    /// <summary>Loads a template folder: reads and checks the manifest, parses the layout file.</summary>
    public static Template Load(string folder)
    {
        folder = Path.GetFullPath(folder);
        var manifestPath = Path.Combine(folder, ManifestFile);
        var manifest = JsonFile.Read<TemplateManifest>(manifestPath).WithDefaults();
        ManifestValidator.Check(manifest, manifestPath);
        var postText = PostTextTemplates.Load(manifest, manifestPath);

        var layoutPath = AssetResolver.Confine(folder, manifest.Layout)
            ?? throw new ContentKitException(Localized.Format(Messages.Template_LayoutOutside, manifest.Layout), new ErrorLocation(File: manifestPath));
        if (FileKinds.Of(layoutPath) != FileKind.Regular)
        {
            throw new ContentKitException(Localized.Format(Messages.Template_LayoutMissing, manifest.Layout), new ErrorLocation(File: manifestPath));
        }

        var layout = ScribanTemplate.Parse(File.ReadAllText(layoutPath), layoutPath);
        if (layout.HasErrors)
        {
            var first = layout.Messages.First(m => m.Type == ParserMessageType.Error);
            var all = string.Join("; ", layout.Messages.Where(m => m.Type == ParserMessageType.Error).Select(m => Localized.Format(Messages.Template_LayoutErrorLine, m.Span.Start.Line + 1, m.Message)));
            throw new ContentKitException(Localized.Format(Messages.Template_LayoutErrors, all), new ErrorLocation(File: layoutPath, Line: first.Span.Start.Line + 1));
        }

        return new Template(folder, manifest, layoutPath, layout, postText);
    }

    /// <summary>The format with this name, or an error listing the template's formats.</summary>
    public OutputFormat Format(string name) =>
        Manifest.Formats.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ContentKitException(
            Localized.Format(
                Messages.Template_NoFormat,
                Id,
                name,
                NearestName.Hint(name, Manifest.Formats.Select(f => f.Name)),
                string.Join(", ", Manifest.Formats.Select(f => $"{f.Name} ({f.Width}×{f.Height})"))));

    /// <summary>Scriban's own words for its limits, with what to do about them.</summary>
    private static string Explain(string message) =>
        message.Contains("iteration limit", StringComparison.OrdinalIgnoreCase)
            ? Localized.Format(Messages.Template_LoopLimit, message)
            : message.Contains("recursive depth", StringComparison.OrdinalIgnoreCase)
                ? Localized.Format(Messages.Template_Recursion, message)
                : message;

    /// <summary>The outputs valid rows make in a format: one per row, or tables, groups and pages as the binding says.</summary>
    public IEnumerable<RenderUnit> Plan(IReadOnlyList<BoundRow> rows, OutputFormat format) => UnitPlanner.Plan(Manifest, rows, format);

    /// <summary>The manifest's alt text and caption for a model; null when it declares neither.</summary>
    internal PostText? Describe(ScriptObject model, TemplateLimits limits, CancellationToken cancellationToken) =>
        _postText.Any ? _postText.Render(model, limits, cancellationToken) : null;

    /// <summary>Runs the layout file with a model and returns the markup and, per markup line, the template line that wrote it.</summary>
    internal (string Markup, IReadOnlyList<int> TemplateLines) RenderMarkup(ScriptObject model, TemplateLimits limits, CancellationToken cancellationToken)
    {
        var context = new MarkupWriterContext { TemplateLoader = new ConfinedTemplateLoader(Folder) };
        using var timeout = LimitedContext.Apply(context, limits, cancellationToken);
        context.PushGlobal(model);
        try
        {
            _layout.Render(context);
        }
        catch (Exception e) when (timeout.IsCancellationRequested && e is OperationCanceledException or ScriptRuntimeException)
        {
            // Scriban reports cancellation as its own exception; tell the user's Ctrl+C from the time limit.
            cancellationToken.ThrowIfCancellationRequested();
            throw new TemplateException(
                Localized.Format(Messages.Template_Timeout, limits.Timeout.TotalSeconds),
                new ErrorLocation(File: LayoutPath), e);
        }
        catch (ScriptRuntimeException e)
        {
            var file = string.IsNullOrEmpty(e.Span.FileName) ? LayoutPath : e.Span.FileName;
            var location = new ErrorLocation(File: file, Line: e.Span.Start.Line + 1);

            // A function refusing a row's value is that row's problem; anything else is a mistake in the template.
            throw e.InnerException is ArgumentException
                ? new ContentKitException(e.OriginalMessage, location, e)
                : new TemplateException(Explain(e.OriginalMessage), location, e);
        }

        return (context.Markup, context.TemplateLines);
    }
}
