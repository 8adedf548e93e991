using ContentKit.Text;

namespace ContentKit.Layout.Elements;

/// <summary>What a container paints behind its children: background, border, rounded corners, shadow.</summary>
internal sealed record Decoration
{
    public static Decoration None { get; } = new();

    public Fill? Background { get; init; }

    public float BorderWidth { get; init; }

    public Rgba BorderColor { get; init; } = Rgba.Transparent;

    public float Radius { get; init; }

    public Shadow? Shadow { get; init; }

    /// <summary>True when children are clipped to the rounded box (<c>clip="true"</c>).</summary>
    public bool Clip { get; init; }

    public bool IsEmpty => Background is null && BorderWidth <= 0 && Shadow is null;
}
