using ContentKit.Layout.Elements;
using ContentKit.Layout.Scenes;
using ContentKit.Text;
using static ContentKit.Layout.Markup.ValueReader;

namespace ContentKit.Layout.Markup;

/// <summary>Every element and attribute the layout markup understands. docs/markup.md describes them for template authors.</summary>
internal static class MarkupVocabulary
{
    public static IReadOnlyList<string> Elements { get; } = ["row", "column", "box", "layers", "text", "image", "shape", "spacer", "icon", "qr", "chart", "table"];

    public static AttributeTable<BoxStyle> Box { get; } = new AttributeTable<BoxStyle>()
        .Add("width", (s, v) => s with { Width = Length(v) })
        .Add("height", (s, v) => s with { Height = Length(v) })
        .Add("min-width", (s, v) => s with { MinWidth = Length(v) })
        .Add("min-height", (s, v) => s with { MinHeight = Length(v) })
        .Add("max-width", (s, v) => s with { MaxWidth = Length(v) })
        .Add("max-height", (s, v) => s with { MaxHeight = Length(v) })
        .Add("basis", (s, v) => s with { Basis = Length(v) })
        .Add("grow", (s, v) => s with { Grow = NonNegative(v) })
        .Add("shrink", (s, v) => s with { Shrink = NonNegative(v) })
        .Add("padding", (s, v) => s with { Padding = Thickness(v) })
        .Add("aspect-ratio", (s, v) => s with { AspectRatio = AspectRatio(v) })
        .Add("align-self", (s, v) => s with { AlignSelf = Keyword<Align>(v) })
        .Add("position", (s, v) => s with { Position = Position(v) })
        .Add("top", (s, v) => s with { Top = Length(v) })
        .Add("left", (s, v) => s with { Left = Length(v) })
        .Add("right", (s, v) => s with { Right = Length(v) })
        .Add("bottom", (s, v) => s with { Bottom = Length(v) })
        .Add("opacity", (s, v) => s with { Opacity = Math.Clamp(Number(v), 0, 1) })
        .Add("rotate", (s, v) => s with { Rotate = Number(v) })
        .Add("decorative", (s, v) => s with { Decorative = Boolean(v) })
        .Add("enter", (s, v) => s with { Motion = MotionOf(s) with { Enter = MotionReader.Presets(v) } })
        .Add("exit", (s, v) => s with { Motion = MotionOf(s) with { Exit = MotionReader.Presets(v) } })
        .Add("delay", (s, v) => s with { Motion = MotionOf(s) with { Delay = MotionReader.Seconds(v) } })
        .Add("duration", (s, v) => s with { Motion = MotionOf(s) with { Duration = MotionReader.Seconds(v) } })
        .Add("exit-at", (s, v) => s with { Motion = MotionOf(s) with { ExitAt = MotionReader.Seconds(v) } })
        .Add("exit-duration", (s, v) => s with { Motion = MotionOf(s) with { ExitDuration = MotionReader.Seconds(v) } })
        .Add("easing", (s, v) => s with { Motion = MotionOf(s) with { Easing = Easing.Parse(v) } })
        .Add("stagger", (s, v) => s with { Motion = MotionOf(s) with { Stagger = MotionReader.Seconds(v) } })
        .Add("keyframes", (s, v) => s with { Motion = MotionOf(s) with { Keyframes = MotionReader.Keyframes(v) } });

    /// <summary>The animation attributes, which only video scenes accept.</summary>
    public static IReadOnlyList<string> MotionAttributes { get; } = ["enter", "exit", "delay", "duration", "exit-at", "exit-duration", "easing", "stagger", "keyframes"];

    public static AttributeTable<ContainerElement> Container { get; } = new AttributeTable<ContainerElement>()
        .Add("gap", (e, v) => e with { Gap = NonNegative(v) })
        .Add("align", (e, v) => e with { Align = Keyword<Align>(v) })
        .Add("justify", (e, v) => e with { Justify = Keyword<Justify>(v) })
        .Add("background", (e, v) => e with { Decoration = e.Decoration with { Background = Fill(v) } })
        .Add("border", (e, v) => e with { Decoration = WithBorder(e.Decoration, Border(v)) })
        .Add("radius", (e, v) => e with { Decoration = e.Decoration with { Radius = NonNegative(v) } })
        .Add("shadow", (e, v) => e with { Decoration = e.Decoration with { Shadow = Shadow(v) } })
        .Add("clip", (e, v) => e with { Decoration = e.Decoration with { Clip = Boolean(v) } });

    public static AttributeTable<TextAttributes> Text { get; } = new AttributeTable<TextAttributes>()
        .Add("field", (t, v) => t with { Field = v.Trim() })
        .Add("font", (t, v) => t.With(s => s with { Family = v.Trim() }))
        .Add("size", (t, v) => t.With(s => s with { Size = Positive(v) }))
        .Add("min-size", (t, v) => t.With(s => s with { MinSize = Positive(v) }))
        .Add("fit", (t, v) => t.With(s => s with { Fit = Keyword<TextFit>(v) }))
        .Add("weight", (t, v) => t.With(s => s with { Weight = Weight(v) }))
        .Add("italic", (t, v) => t.With(s => s with { Italic = Boolean(v) }))
        .Add("color", (t, v) => t.With(s => s with { Color = Color(v) }))
        .Add("align", (t, v) => t.With(s => s with { Align = Keyword<TextAlign>(v) }))
        .Add("valign", (t, v) => t.With(s => s with { VerticalAlign = Keyword<VerticalAlign>(v) }))
        .Add("line-height", (t, v) => t.With(s => s with { LineHeight = Positive(v) }))
        .Add("max-lines", (t, v) => t.With(s => s with { MaxLines = (int)NonNegative(v) }))
        .Add("balance", (t, v) => t.With(s => s with { Balance = Boolean(v) }))
        .Add("uppercase", (t, v) => t.With(s => s with { Uppercase = Boolean(v) }))
        .Add("letter-spacing", (t, v) => t.With(s => s with { LetterSpacing = Number(v) }))
        .Add("stroke", (t, v) => t.With(s => s with { Stroke = Border(v) }))
        .Add("shadow", (t, v) => t.With(s => s with { Shadow = Shadow(v) }))
        .Add("highlight", (t, v) => t.With(s => s with { Highlight = Color(v) }))
        .Add("highlight-padding", (t, v) => t.With(s => s with { HighlightPadding = Pair(v) }))
        .Add("highlight-radius", (t, v) => t.With(s => s with { HighlightRadius = NonNegative(v) }))
        .Add("emphasis", (t, v) => t.With(s => s with { EmphasisColor = Color(v) }))
        .Add("emphasis-weight", (t, v) => t.With(s => s with { EmphasisWeight = Weight(v) }));

    /// <summary>Inline elements inside <c>&lt;text&gt;</c>.</summary>
    public static IReadOnlyList<string> InlineElements { get; } = ["b", "i", "span"];

    public static AttributeTable<SpanStyle> Span { get; } = new AttributeTable<SpanStyle>()
        .Add("font", (s, v) => s with { Family = v.Trim() })
        .Add("size", (s, v) => s with { Size = Positive(v) })
        .Add("weight", (s, v) => s with { Weight = Weight(v) })
        .Add("italic", (s, v) => s with { Italic = Boolean(v) })
        .Add("color", (s, v) => s with { Color = Color(v) });

    public static AttributeTable<ImageElement> Image { get; } = new AttributeTable<ImageElement>()
        .Add("src", (e, v) => e with { Source = v.Trim() })
        .Add("fit", (e, v) => e with { Fit = Keyword<ImageFit>(v) })
        .Add("radius", (e, v) => e with { Radius = NonNegative(v) })
        .Add("focus", (e, v) => e with { Focus = ImageFocus.TryParse(v, out var focus) ? focus : throw new FormatException(Messages.Value_Focus) })
        .Add("filter", (e, v) => e with { Filters = Filters(v) })
        .Add("shadow", (e, v) => e with { Shadow = Shadow(v) });

    public static AttributeTable<IconElement> Icon { get; } = new AttributeTable<IconElement>()
        .Add("name", (e, v) => e with { Icon = v.Trim() })
        .Add("color", (e, v) => e with { Color = Color(v) })
        .Add("stroke-width", (e, v) => e with { StrokeWidth = Positive(v) });

    public static AttributeTable<QrElement> Qr { get; } = new AttributeTable<QrElement>()
        .Add("data", (e, v) => e with { Data = v })
        .Add("color", (e, v) => e with { Color = Color(v) })
        .Add("background", (e, v) => e with { Background = Color(v) })
        .Add("logo", (e, v) => e with { Logo = v.Trim() });

    public static AttributeTable<ChartElement> Chart { get; } = new AttributeTable<ChartElement>()
        .Add("kind", (e, v) => e with { Kind = Keyword<ChartKind>(v) })
        .Add("palette", (e, v) => e with { Palette = Colors(v) })
        .Add("value-format", (e, v) => e with { ValueFormat = Keyword<ValueFormat>(v) })
        .Add("decimals", (e, v) => e with { Decimals = (int)Math.Min(NonNegative(v), 6) })
        .Add("max", (e, v) => e with { Max = Positive(v) })
        .Add("label-color", (e, v) => e with { LabelColor = Color(v) })
        .Add("label-size", (e, v) => e with { LabelSize = Positive(v) })
        .Add("label-width", (e, v) => e with { LabelWidth = Length(v) })
        .Add("font", (e, v) => e with { Font = v.Trim() })
        .Add("track", (e, v) => e with { Track = Color(v) })
        .Add("thickness", (e, v) => e with { Thickness = Positive(v) })
        .Add("icon", (e, v) => e with { Icon = v.Trim() })
        .Add("values", (e, v) => e with { ShowValues = Boolean(v) })
        .Add("legend", (e, v) => e with { ShowLegend = Boolean(v) });

    public static AttributeTable<ChartItem> ChartItem { get; } = new AttributeTable<ChartItem>()
        .Add("label", (e, v) => e with { Label = v.Trim() })
        .Add("value", (e, v) => e with { Value = ChartValue(v) })
        .Add("color", (e, v) => e with { Color = Color(v) });

    private static double ChartValue(string text) =>
        double.TryParse(text.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new FormatException(Messages.Value_ChartNumber);

    public static AttributeTable<ShapeElement> Shape { get; } = new AttributeTable<ShapeElement>()
        .Add("kind", (e, v) => e with { Kind = Keyword<ShapeKind>(v) })
        .Add("fill", (e, v) => e with { Fill = Fill(v) })
        .Add("stroke", (e, v) => e with { Stroke = Color(v) })
        .Add("stroke-width", (e, v) => e with { StrokeWidth = NonNegative(v) })
        .Add("radius", (e, v) => e with { Radius = NonNegative(v) })
        .Add("dash", (e, v) => e with { Dash = Dash(v) });

    private static (float, float) Pair(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            1 => (NonNegative(parts[0]), NonNegative(parts[0])),
            2 => (NonNegative(parts[0]), NonNegative(parts[1])),
            _ => throw new FormatException(Messages.Value_Pair),
        };
    }

    private static float AspectRatio(string text)
    {
        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        var ratio = parts.Length == 2 ? Positive(parts[0]) / Positive(parts[1]) : Positive(text);
        return ratio;
    }

    private static bool Position(string text) => text.Trim() switch
    {
        "absolute" => true,
        "static" => false,
        _ => throw new FormatException(Messages.Value_Position),
    };

    private static Decoration WithBorder(Decoration decoration, (float Width, Rgba Color) border) =>
        decoration with { BorderWidth = border.Width, BorderColor = border.Color };

    private static Motion MotionOf(BoxStyle style) => style.Motion ?? new Motion();
}
