using System.Globalization;

namespace ContentKit.Layout;

/// <summary>A size in markup: <c>auto</c>, pixels (<c>120</c>, <c>120px</c>) or a percentage of the parent (<c>50%</c>).</summary>
internal readonly record struct Length(float Value, LengthUnit Unit)
{
    public static Length Auto { get; } = new(0, LengthUnit.Auto);

    public bool IsAuto => Unit == LengthUnit.Auto;

    public static Length Pixels(float value) => new(value, LengthUnit.Pixels);

    /// <summary>The length in pixels, or null when it is auto or a percentage of an unknown size.</summary>
    public float? Resolve(float? parent) => Unit switch
    {
        LengthUnit.Pixels => Value,
        LengthUnit.Percent when parent is { } size => size * Value / 100f,
        _ => null,
    };

    public static bool TryParse(string text, out Length length)
    {
        text = text.Trim();
        length = Auto;
        if (text == "auto")
        {
            return true;
        }

        var unit = LengthUnit.Pixels;
        if (text.EndsWith('%'))
        {
            unit = LengthUnit.Percent;
            text = text[..^1];
        }
        else if (text.EndsWith("px", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !float.IsFinite(value))
        {
            return false;
        }

        length = new Length(value, unit);
        return true;
    }

    public override string ToString() => Unit switch
    {
        LengthUnit.Auto => "auto",
        LengthUnit.Percent => $"{Value.ToString(CultureInfo.InvariantCulture)}%",
        _ => Value.ToString(CultureInfo.InvariantCulture),
    };
}

internal enum LengthUnit
{
    Auto,
    Pixels,
    Percent,
}
