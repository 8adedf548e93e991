using System.Text;

namespace ContentKit.Cli;

/// <summary>
/// Makes text from data (cells, file names, messages quoting them) safe to print on a terminal: escape sequences
/// (colour, cursor moves, window titles, hyperlinks) are removed whole, and every other control character and every
/// invisible character that reorders or hides text (right-to-left override, zero-width space) is shown as
/// <c>&lt;U+202E&gt;</c>, so what a user reads is what is in the data. Tab and line breaks stay.
/// </summary>
internal static class TerminalText
{
    private const char Escape = '\u001B';
    private const char Bell = '\u0007';

    /// <summary><paramref name="text"/> without escape sequences, its other control and invisible characters made visible.</summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(NeedsCare))
        {
            return text ?? "";
        }

        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Escape || c is >= '\u0080' and <= '\u009F')
            {
                i = EndOfSequence(text, i);
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                safe.Append(c);
            }
            else if (IsShownAsCode(c))
            {
                safe.Append("<U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('>');
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    private static bool NeedsCare(char c) => c == '\r' || IsShownAsCode(c);

    private static bool IsShownAsCode(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n'))
        || c is '\u061C' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069') or '\uFEFF';

    /// <summary>
    /// The index of the last character of the escape sequence starting at <paramref name="start"/> (ECMA-48): CSI
    /// <c>ESC [</c> or U+009B up to its final byte; OSC, DCS, SOS, PM and APC up to BEL or <c>ESC \</c>; other
    /// <c>ESC</c> sequences up to their final byte; a lone C1 control is one character.
    /// </summary>
    private static int EndOfSequence(string text, int start)
    {
        var i = start;
        var kind = text[i];
        if (kind == Escape)
        {
            if (i + 1 >= text.Length)
            {
                return i;
            }

            // ESC followed by 0x40–0x5F is the 7-bit form of a C1 control.
            kind = text[i + 1] is >= '@' and <= '_' ? (char)(text[i + 1] + 0x40) : '\0';
            i++;
            if (kind == '\0')
            {
                // ESC, intermediates 0x20–0x2F, one final character.
                while (i < text.Length - 1 && text[i] is >= ' ' and <= '/')
                {
                    i++;
                }

                return i;
            }
        }

        switch (kind)
        {
            case '\u009B':
                // Parameters and intermediates 0x20–0x3F, then a final byte 0x40–0x7E.
                while (i + 1 < text.Length && text[i + 1] is >= ' ' and <= '?')
                {
                    i++;
                }

                return i + 1 < text.Length && text[i + 1] is >= '@' and <= '~' ? i + 1 : i;
            case '\u009D' or '\u0090' or '\u0098' or '\u009E' or '\u009F':
                // A control string: up to BEL, ST (U+009C) or ESC \.
                for (i++; i < text.Length; i++)
                {
                    if (text[i] is Bell or '\u009C')
                    {
                        return i;
                    }

                    if (text[i] == Escape && i + 1 < text.Length && text[i + 1] == '\\')
                    {
                        return i + 1;
                    }
                }

                return text.Length - 1;
            default:
                return i;
        }
    }
}
