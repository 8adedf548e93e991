namespace ContentKit.Layout.Elements;

/// <summary>A rectangle, circle (or ellipse) or line filling its box.</summary>
internal sealed record ShapeElement : Element
{
    public ShapeKind Kind { get; init; } = ShapeKind.Rect;

    public Fill? Fill { get; init; }

    public Rgba? Stroke { get; init; }

    public float StrokeWidth { get; init; } = 1;

    public float Radius { get; init; }

    /// <summary>Dash and gap lengths for the stroke (<c>dash="12 8"</c>); empty for a solid line.</summary>
    public System.Collections.Immutable.ImmutableArray<float> Dash { get; init; } = [];
}

internal enum ShapeKind
{
    Rect,
    Circle,
    Line,
}
