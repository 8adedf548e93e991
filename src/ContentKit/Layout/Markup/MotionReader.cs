using System.Collections.Immutable;
using System.Globalization;
using ContentKit.Layout.Scenes;

namespace ContentKit.Layout.Markup;

/// <summary>Parses the animation attributes of video markup. Each method throws <see cref="FormatException"/> with what was expected.</summary>
internal static class MotionReader
{
    public static ImmutableArray<MotionPreset> Presets(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? throw new FormatException(Messages.Motion_Preset) : [.. words.Select(ValueReader.Keyword<MotionPreset>)];
    }

    /// <summary>Seconds: <c>0.5</c>, <c>0.5s</c> or <c>500ms</c>.</summary>
    public static double Seconds(string text)
    {
        text = text.Trim();
        var scale = 1.0;
        if (text.EndsWith("ms", StringComparison.Ordinal))
        {
            (text, scale) = (text[..^2], 0.001);
        }
        else if (text.EndsWith('s'))
        {
            text = text[..^1];
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0
            ? value * scale
            : throw new FormatException(Messages.Motion_Seconds);
    }

    /// <summary><c>0: opacity 0, y 40; 0.6s: opacity 1, y 0</c>: times in scene seconds, each with property values.</summary>
    public static ImmutableArray<Keyframe> Keyframes(string text)
    {
        var frames = ImmutableArray.CreateBuilder<Keyframe>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new FormatException(Localized.Format(Messages.Motion_KeyframeParts, part));
            }

            var values = ImmutableDictionary.CreateBuilder<MotionProperty, double>();
            foreach (var pair in part[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = pair.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length != 2 || !double.TryParse(words[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                {
                    throw new FormatException(Localized.Format(Messages.Motion_KeyframeValue, pair));
                }

                values[ValueReader.Keyword<MotionProperty>(words[0])] = value;
            }

            frames.Add(new Keyframe(Seconds(part[..colon]), values.ToImmutable()));
        }

        return frames.Count > 0 && frames.Select(f => f.Time).Zip(frames.Skip(1).Select(f => f.Time)).All(p => p.First < p.Second)
            ? frames.ToImmutable()
            : throw new FormatException(Messages.Motion_KeyframeOrder);
    }
}
