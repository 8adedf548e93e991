using System.Globalization;

namespace ContentKit;

/// <summary>An sRGB colour with alpha, written in markup as <c>#RGB</c>, <c>#RRGGBB</c> or <c>#RRGGBBAA</c>.</summary>
internal readonly record struct Rgba(byte R, byte G, byte B, byte A = 255)
{
    public static Rgba Transparent { get; } = new(0, 0, 0, 0);

    public static Rgba Black { get; } = new(0, 0, 0);

    public static Rgba White { get; } = new(255, 255, 255);

    public Rgba WithAlpha(float factor) => this with { A = (byte)Math.Clamp(MathF.Round(A * factor), 0, 255) };

    public static bool TryParse(string text, out Rgba color)
    {
        text = text.Trim();
        color = default;
        switch (text)
        {
            case "transparent":
                color = Transparent;
                return true;
            case "white":
                color = White;
                return true;
            case "black":
                color = Black;
                return true;
        }

        if (text.Length < 4 || text[0] != '#' || !uint.TryParse(text.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
        {
            return false;
        }

        switch (text.Length)
        {
            case 4:
                color = new Rgba((byte)(((v >> 8) & 0xF) * 17), (byte)(((v >> 4) & 0xF) * 17), (byte)((v & 0xF) * 17));
                return true;
            case 7:
                color = new Rgba((byte)(v >> 16), (byte)(v >> 8), (byte)v);
                return true;
            case 9:
                color = new Rgba((byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v);
                return true;
            default:
                return false;
        }
    }

    public override string ToString() => A == 255 ? $"#{R:X2}{G:X2}{B:X2}" : $"#{R:X2}{G:X2}{B:X2}{A:X2}";
}
