using System.Collections.Immutable;
using System.Globalization;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Markup;

/// <summary>Parses attribute values. Each method throws <see cref="FormatException"/> with what was expected.</summary>
internal static class ValueReader
{
    public static float Number(string text)
    {
        text = text.Trim();
        if (text.EndsWith("px", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        if (float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && float.IsFinite(value))
        {
            return value;
        }

        throw new FormatException(Messages.Value_Number);
    }

    public static float NonNegative(string text)
    {
        var value = Number(text);
        return value >= 0 ? value : throw new FormatException(Messages.Value_NonNegative);
    }

    public static Length Length(string text) =>
        Layout.Length.TryParse(text, out var length) ? length : throw new FormatException(Messages.Value_Length);

    public static Rgba Color(string text) =>
        Rgba.TryParse(text, out var color) ? color : throw new FormatException(Messages.Value_Colour);

    public static bool Boolean(string text) => text.Trim() switch
    {
        "true" or "yes" or "1" => true,
        "false" or "no" or "0" => false,
        _ => throw new FormatException(Messages.Value_Boolean),
    };

    public static int Weight(string text) => text.Trim() switch
    {
        "regular" or "normal" => 400,
        "medium" => 500,
        "semibold" => 600,
        "bold" => 700,
        "extrabold" => 800,
        var n when int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w is >= 100 and <= 900 => w,
        _ => throw new FormatException(Messages.Value_Weight),
    };

    public static T Keyword<T>(string text)
        where T : struct, Enum
    {
        var word = text.Trim().Replace("-", "", StringComparison.Ordinal);
        // Enum.TryParse also accepts numbers and comma lists ("start,end"); a keyword is one defined name.
        if (word.All(char.IsLetter) && Enum.TryParse<T>(word, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        var names = Enum.GetNames<T>().Select(KebabCase);
        throw new FormatException(Localized.Format(Messages.Value_Keyword, string.Join(", ", names)));
    }

    public static Thickness Thickness(string text)
    {
        var parts = Split(text).Select(NonNegative).ToArray();
        return parts.Length switch
        {
            1 => new Thickness(parts[0], parts[0], parts[0], parts[0]),
            2 => new Thickness(parts[0], parts[1], parts[0], parts[1]),
            3 => new Thickness(parts[0], parts[1], parts[2], parts[1]),
            4 => new Thickness(parts[0], parts[1], parts[2], parts[3]),
            _ => throw new FormatException(Messages.Value_Thickness),
        };
    }

    public static Shadow Shadow(string text)
    {
        var parts = Split(text);
        if (parts.Length != 4)
        {
            throw new FormatException(Messages.Value_Shadow);
        }

        return new Shadow(Number(parts[0]), Number(parts[1]), NonNegative(parts[2]), Color(parts[3]));
    }

    /// <summary>Reads a width and colour pair such as <c>2 #FFFFFF</c>.</summary>
    public static (float Width, Rgba Color) Border(string text)
    {
        var parts = Split(text);
        return parts.Length == 2
            ? (NonNegative(parts[0]), Color(parts[1]))
            : throw new FormatException(Messages.Value_Border);
    }

    /// <summary>Reads a colour or <c>linear-gradient(angle, colour [offset%], colour [offset%]…)</c>.</summary>
    public static Fill Fill(string text)
    {
        text = text.Trim();
        const string Gradient = "linear-gradient(";
        const string Radial = "radial-gradient(";
        var radial = text.StartsWith(Radial, StringComparison.Ordinal);
        if (!radial && !text.StartsWith(Gradient, StringComparison.Ordinal))
        {
            return new SolidFill(Color(text));
        }

        if (!text.EndsWith(')'))
        {
            throw new FormatException(Messages.Value_GradientEnd);
        }

        var arguments = text[(radial ? Radial : Gradient).Length..^1].Split(',', StringSplitOptions.TrimEntries);
        var angle = 180f;
        var first = 0;
        if (!radial && arguments[0].EndsWith("deg", StringComparison.Ordinal))
        {
            angle = Number(arguments[0][..^3]);
            first = 1;
        }

        var colours = arguments[first..];
        if (colours.Length < 2)
        {
            throw new FormatException(Messages.Value_GradientColours);
        }

        var stops = ImmutableArray.CreateBuilder<GradientStop>(colours.Length);
        for (var i = 0; i < colours.Length; i++)
        {
            var parts = Split(colours[i]);
            var offset = parts.Length > 1 && parts[1].EndsWith('%')
                ? Number(parts[1][..^1]) / 100f
                : i / (float)(colours.Length - 1);
            stops.Add(new GradientStop(Color(parts[0]), Math.Clamp(offset, 0, 1)));
        }

        return radial ? new RadialGradientFill(stops.MoveToImmutable()) : new LinearGradientFill(angle, stops.MoveToImmutable());
    }

    /// <summary>Reads filters separated by spaces: <c>grayscale blur(6) brightness(0.8) tint(#0E5E4A, 0.4) duotone(#0A4436, #F2B705) scrim(#0A4436, 4.5)</c>.</summary>
    public static ImmutableArray<ImageFilter> Filters(string text)
    {
        var filters = ImmutableArray.CreateBuilder<ImageFilter>();
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(text, @"([a-z]+)(?:\(([^)]*)\))?"))
        {
            var arguments = match.Groups[2].Success ? match.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries) : [];
            filters.Add((match.Groups[1].Value, arguments.Length) switch
            {
                ("grayscale", 0) => new GrayscaleFilter(),
                ("blur", 1) => new BlurFilter(NonNegative(arguments[0])),
                ("brightness", 1) => new BrightnessFilter(NonNegative(arguments[0])),
                ("tint", 2) => new TintFilter(Color(arguments[0]), Math.Clamp(Number(arguments[1]), 0, 1)),
                ("duotone", 2) => new DuotoneFilter(Color(arguments[0]), Color(arguments[1])),
                ("scrim", 2) => new ScrimFilter(Color(arguments[0]), Math.Clamp(Number(arguments[1]), 1, 21)),
                _ => throw new FormatException(Messages.Value_Filters),
            });
        }

        return filters.Count > 0 ? filters.ToImmutable() : throw new FormatException(Messages.Value_NoFilter);
    }

    /// <summary>Reads dash and gap lengths: <c>12 8</c>.</summary>
    public static ImmutableArray<float> Dash(string text)
    {
        var lengths = Split(text).Select(Positive).ToImmutableArray();
        return lengths.Length % 2 == 0 && lengths.Length > 0 ? lengths : throw new FormatException(Messages.Value_Dash);
    }

    /// <summary>Reads colours separated by commas.</summary>
    public static ImmutableArray<Rgba> Colors(string text)
    {
        var colours = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Color).ToImmutableArray();
        return colours.Length > 0 ? colours : throw new FormatException(Messages.Value_Colours);
    }

    public static float Positive(string text)
    {
        var value = Number(text);
        return value > 0 ? value : throw new FormatException(Messages.Value_Positive);
    }

    public static string KebabCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));

    private static string[] Split(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
