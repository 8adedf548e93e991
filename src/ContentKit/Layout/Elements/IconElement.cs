namespace ContentKit.Layout.Elements;

/// <summary>An icon from the bundled set, by name (<c>calendar</c>), recoloured; square, 48 px unless sized.</summary>
internal sealed record IconElement : Element
{
    public required string Icon { get; init; }

    public Rgba Color { get; init; } = Rgba.Black;

    /// <summary>Line width in the icon's 24-unit grid (outline icons); null keeps the icon's own.</summary>
    public float? StrokeWidth { get; init; }
}
