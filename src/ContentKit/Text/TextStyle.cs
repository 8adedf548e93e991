namespace ContentKit.Text;

/// <summary>How a paragraph (<see cref="IParagraph"/>) looks. Sizes are pixels; line height is a multiple of the size.</summary>
internal sealed record TextStyle
{
    public static TextStyle Default { get; } = new();

    /// <summary>The family name; null means the brand's body family.</summary>
    public string? Family { get; init; }

    /// <summary>The size, and the largest size when <see cref="Fit"/> shrinks the text.</summary>
    public float Size { get; init; } = 32;

    /// <summary>The smallest size fitting may use (<c>min-size</c>); text that still does not fit is clamped.</summary>
    public float? MinSize { get; init; }

    public TextFit Fit { get; init; } = TextFit.None;

    public int Weight { get; init; } = 400;

    public bool Italic { get; init; }

    public Rgba Color { get; init; } = Rgba.Black;

    /// <summary>Horizontal alignment; null is the start of the paragraph's direction (left, or right for Arabic).</summary>
    public TextAlign? Align { get; init; }

    /// <summary>Where the lines sit when the box is taller than they are.</summary>
    public VerticalAlign VerticalAlign { get; init; } = VerticalAlign.Top;

    public float LineHeight { get; init; } = 1.25f;

    /// <summary>Lines kept before the rest is cut with an ellipsis; 0 means no limit.</summary>
    public int MaxLines { get; init; }

    /// <summary>Evens out line lengths (headlines): no long first line over a lonely last word.</summary>
    public bool Balance { get; init; }

    public bool Uppercase { get; init; }

    /// <summary>Extra space after every character, in pixels.</summary>
    public float LetterSpacing { get; init; }

    /// <summary>An outline drawn around the letters.</summary>
    public (float Width, Rgba Color)? Stroke { get; init; }

    public Shadow? Shadow { get; init; }

    /// <summary>A band of colour behind each line (the social-media caption style).</summary>
    public Rgba? Highlight { get; init; }

    /// <summary>Space between a line's text and the edges of its highlight: vertical, horizontal.</summary>
    public (float Vertical, float Horizontal) HighlightPadding { get; init; } = (6, 14);

    public float HighlightRadius { get; init; } = 8;

    /// <summary>When set, <c>*kata*</c> in the text is shown in this colour (and <see cref="EmphasisWeight"/>).</summary>
    public Rgba? EmphasisColor { get; init; }

    public int? EmphasisWeight { get; init; }
}

internal enum TextFit
{
    None,
    Shrink,
}

internal enum VerticalAlign
{
    Top,
    Center,
    Bottom,
}
