namespace ContentKit.Templates;

/// <summary>
/// How far in from each edge a platform's interface covers a format (<c>"unsafe": {"top": 190, "bottom": 255}</c> in
/// <c>template.json</c>), in pixels. The design check warns about content there.
/// </summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record UnsafeBands
{
    /// <summary>Covered from the top edge.</summary>
    public int Top { get; init; }

    /// <summary>Covered from the bottom edge.</summary>
    public int Bottom { get; init; }

    /// <summary>Covered from the left edge.</summary>
    public int Left { get; init; }

    /// <summary>Covered from the right edge.</summary>
    public int Right { get; init; }
}
