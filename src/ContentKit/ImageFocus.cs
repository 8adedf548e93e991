using System.Globalization;

namespace ContentKit;

/// <summary>
/// The part of a photo a cover crop keeps: a point given as fractions of the photo's width and height (0..1, from the
/// top left), or <see cref="Auto"/>, found in the photo's own pixels by a saliency crop. The markup's <c>focus</c>
/// attribute and a data field of type <c>focus</c> (<c>foto_fokus</c>) are written the same way (<see cref="TryParse"/>).
/// </summary>
internal readonly record struct ImageFocus(float X, float Y, bool IsAuto = false)
{
    /// <summary>The middle of the photo: what a cover crop keeps when nothing says otherwise.</summary>
    public static ImageFocus Center { get; } = new(0.5f, 0.5f);

    /// <summary>Found by the saliency crop (<c>Drawing/Saliency</c>).</summary>
    public static ImageFocus Auto { get; } = new(0.5f, 0.5f, IsAuto: true);

    /// <summary>
    /// Reads <c>auto</c>; <c>atas</c>/<c>top</c>, <c>tengah</c>/<c>center</c>, <c>bawah</c>/<c>bottom</c> (horizontally
    /// centred); two fractions <c>x,y</c> (<c>0.5,0.3</c>), also <c>0,5;0,3</c> with decimal commas and <c>50% 30%</c>.
    /// </summary>
    public static bool TryParse(string? text, out ImageFocus focus)
    {
        focus = Center;
        var word = text?.Trim().ToLowerInvariant() ?? "";
        switch (word)
        {
            case "auto":
                focus = Auto;
                return true;
            case "atas" or "top":
                focus = new ImageFocus(0.5f, 0);
                return true;
            case "tengah" or "center" or "centre":
                focus = Center;
                return true;
            case "bawah" or "bottom":
                focus = new ImageFocus(0.5f, 1);
                return true;
        }

        // "0,5;0,3" is how a spreadsheet in an Indonesian locale writes 0.5 and 0.3; otherwise ',' or spaces separate.
        var semicolon = word.Contains(';', StringComparison.Ordinal);
        var parts = semicolon
            ? word.Split(';', StringSplitOptions.TrimEntries)
            : word.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryFraction(parts[0], semicolon, out var x) || !TryFraction(parts[1], semicolon, out var y))
        {
            return false;
        }

        focus = new ImageFocus(x, y);
        return true;
    }

    /// <summary>The canonical text of this focus, which <see cref="TryParse"/> reads back: <c>auto</c> or <c>x,y</c>.</summary>
    public override string ToString() =>
        IsAuto ? "auto" : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(X, 4)},{Math.Round(Y, 4)}");

    private static bool TryFraction(string text, bool decimalComma, out float value)
    {
        var percent = text.EndsWith('%');
        var number = (percent ? text[..^1] : text).Trim();
        if (decimalComma)
        {
            number = number.Replace(',', '.');
        }

        if (!float.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = percent ? value / 100 : value;
        return value is >= 0 and <= 1;
    }
}
