using ContentKit.Layout.Scenes;

namespace ContentKit.Layout.Elements;

/// <summary>Attributes every element has: size, flex behaviour, padding and absolute placement.</summary>
internal sealed record BoxStyle
{
    public static BoxStyle Default { get; } = new();

    public Length Width { get; init; } = Length.Auto;

    public Length Height { get; init; } = Length.Auto;

    public Length MinWidth { get; init; } = Length.Auto;

    public Length MinHeight { get; init; } = Length.Auto;

    public Length MaxWidth { get; init; } = Length.Auto;

    public Length MaxHeight { get; init; } = Length.Auto;

    /// <summary>Main-axis size before free space is shared; auto uses width/height or the content size.</summary>
    public Length Basis { get; init; } = Length.Auto;

    public float Grow { get; init; }

    public float Shrink { get; init; } = 1;

    public Thickness Padding { get; init; }

    /// <summary>Width divided by height, used when only one of them is known.</summary>
    public float? AspectRatio { get; init; }

    public Align? AlignSelf { get; init; }

    /// <summary><c>position</c> as written: true for absolute, false for static, null when not given.</summary>
    public bool? Position { get; init; }

    /// <summary>
    /// True when the element is placed by top/left/right/bottom instead of flowing with its siblings:
    /// <c>position="absolute"</c>, or any offset without <c>position="static"</c>.
    /// </summary>
    public bool Absolute => Position ?? !(Top.IsAuto && Left.IsAuto && Right.IsAuto && Bottom.IsAuto);

    public Length Top { get; init; } = Length.Auto;

    public Length Left { get; init; } = Length.Auto;

    public Length Right { get; init; } = Length.Auto;

    public Length Bottom { get; init; } = Length.Auto;

    public float Opacity { get; init; } = 1;

    /// <summary>An ornament (ring, glow, arc): off-canvas placement is intended, but lying over text is a design-check warning.</summary>
    public bool Decorative { get; init; }

    /// <summary>Degrees clockwise around the box's centre; painting only, layout is unchanged.</summary>
    public float Rotate { get; init; }

    /// <summary>How the element moves in a video scene; null when it stands still (and always in images).</summary>
    public Motion? Motion { get; init; }
}
