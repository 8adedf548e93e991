namespace ContentKit.Tests.Architecture;

/// <summary>
/// The stages of the library and which stages each may use: the allowed graph of docs/architecture.md, which
/// <see cref="StageDependencyTests"/> checks against the code and against the doc. A stage is a folder of
/// src/ContentKit (namespace = folder; sub-folders belong to their top folder). The root folder holds two stages:
/// <see cref="Renderer"/>, the entry points that wire every stage together, and <see cref="Shared"/>, everything else
/// there (errors, messages, colours, nearest-name hints, path confinement, Indonesian numbers), which any stage may
/// use and which uses no stage.
/// </summary>
internal static class Stages
{
    public const string Shared = "Shared";

    public const string Renderer = "Renderer";

    /// <summary>The root-folder types that are entry points rather than shared pieces.</summary>
    public static IReadOnlySet<string> RendererTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ContentKit.Renderer",
        "ContentKit.RenderOptions",
        "ContentKit.RenderResult",
    };

    /// <summary>Stage → the stages it may use. A use not listed here is a back-reference, and the architecture test fails.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Allowed { get; } = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        [Shared] = Set(),
        ["Data"] = Set(Shared),
        ["Output"] = Set(Shared),
        ["Text"] = Set(Shared),
        ["Templates"] = Set("Data", Shared),
        ["Layout"] = Set("Text", Shared),
        ["Drawing"] = Set("Layout", "Text", "Output", Shared),
        ["Checks"] = Set("Templates", "Layout", "Text", "Drawing", Shared),
        ["Video"] = Set("Layout", "Text", "Drawing", "Output", Shared),
        [Renderer] = Set("Data", "Templates", "Layout", "Text", "Drawing", "Checks", "Video", "Output", Shared),
        ["Batch"] = Set(Renderer, "Data", "Templates", "Layout", "Text", "Drawing", "Checks", "Video", "Output", Shared),
        ["Authoring"] = Set("Data", "Templates", "Drawing", "Output", Shared),
    };

    /// <summary>The stage <paramref name="type"/> was written in, or null for a type outside the library's namespaces.</summary>
    public static string? Of(Type type)
    {
        var outer = TypeReferences.Outermost(type);
        var space = outer.Namespace;
        if (space == "ContentKit")
        {
            return RendererTypes.Contains(outer.FullName!) ? Renderer : Shared;
        }

        if (space is null || !space.StartsWith("ContentKit.", StringComparison.Ordinal))
        {
            return null;
        }

        var folder = space["ContentKit.".Length..];
        var dot = folder.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? folder : folder[..dot];
    }

    private static HashSet<string> Set(params string[] stages) => new(stages, StringComparer.Ordinal);
}
