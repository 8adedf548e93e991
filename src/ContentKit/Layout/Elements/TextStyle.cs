namespace ContentKit.Layout.Elements;

/// <summary>How a <see cref="TextElement"/> looks. Sizes are pixels; line height is a multiple of the size.</summary>
internal sealed record TextStyle
{
    public static TextStyle Default { get; } = new();

    /// <summary>The family name; null means the brand's body family.</summary>
    public string? Family { get; init; }

    public float Size { get; init; } = 32;

    public int Weight { get; init; } = 400;

    public bool Italic { get; init; }

    public Rgba Color { get; init; } = Rgba.Black;

    public TextAlign Align { get; init; } = TextAlign.Left;

    public float LineHeight { get; init; } = 1.25f;

    /// <summary>Lines kept before the rest is cut with an ellipsis; 0 means no limit.</summary>
    public int MaxLines { get; init; }

    public bool Uppercase { get; init; }

    /// <summary>Extra space after every character, in pixels.</summary>
    public float LetterSpacing { get; init; }
}
