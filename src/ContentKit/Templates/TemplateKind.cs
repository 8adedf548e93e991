namespace ContentKit.Templates;

/// <summary>Whether a template makes still images or videos.</summary>
public enum TemplateKind
{
    /// <summary>Infographics: PNG, JPEG, WebP.</summary>
    Image,

    /// <summary>Short videos (not yet supported by the renderer).</summary>
    Video,
}
