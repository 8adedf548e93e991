namespace ContentKit.Text;

/// <summary>What an inline span changes; null means "as the paragraph".</summary>
internal sealed record SpanStyle
{
    public static SpanStyle Plain { get; } = new();

    public string? Family { get; init; }

    /// <summary>Size in pixels at the paragraph's declared size; scaled with it when the paragraph is fitted.</summary>
    public float? Size { get; init; }

    public int? Weight { get; init; }

    public bool? Italic { get; init; }

    public Rgba? Color { get; init; }

    /// <summary>This span on top of <paramref name="inner"/>: the inner span's settings win.</summary>
    public SpanStyle Then(SpanStyle inner) => new()
    {
        Family = inner.Family ?? Family,
        Size = inner.Size ?? Size,
        Weight = inner.Weight ?? Weight,
        Italic = inner.Italic ?? Italic,
        Color = inner.Color ?? Color,
    };
}
