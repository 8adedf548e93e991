namespace ContentKit.Layout.Elements;

/// <summary>A rectangle, circle (or ellipse) or line filling its box.</summary>
internal sealed record ShapeElement : Element
{
    public ShapeKind Kind { get; init; } = ShapeKind.Rect;

    public Fill? Fill { get; init; }

    public Rgba? Stroke { get; init; }

    public float StrokeWidth { get; init; } = 1;

    public float Radius { get; init; }
}

internal enum ShapeKind
{
    Rect,
    Circle,
    Line,
}
