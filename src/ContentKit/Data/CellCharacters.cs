namespace ContentKit.Data;

/// <summary>
/// Finds characters a cell must not carry into a layout or onto a terminal: C0 and C1 control characters other than
/// tab and line breaks (a NUL, an ESC starting a terminal escape sequence), and U+FFFD, which stands where the file had
/// a byte its encoding could not read. Such a cell is refused, not cleaned: the value the user sees in the spreadsheet
/// is not the value that would be drawn, so the row fails until the cell is fixed.
/// </summary>
internal static class CellCharacters
{
    /// <summary>What a byte that was not valid text becomes when the file is read.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>The problem with <paramref name="text"/>, naming the first bad character and its place; <c>null</c> when there is none.</summary>
    public static ContentKitException? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsRefusedControl(text[i]))
            {
                return ContentKitException.WithFix(Localized.Format(Messages.Cell_ControlCharacter, Name(text[i]), i + 1), Messages.Cell_ControlCharacter_Fix);
            }

            if (text[i] == Replacement)
            {
                return ContentKitException.WithFix(Localized.Format(Messages.Cell_InvalidByte, i + 1), Messages.Cell_InvalidByte_Fix);
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="c"/> is a control character other than tab, line feed and carriage return.</summary>
    public static bool IsRefusedControl(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    /// <summary>The code point, with the abbreviation people search for when it has a well-known one.</summary>
    private static string Name(char c)
    {
        var code = $"U+{(int)c:X4}";
        return c switch
        {
            '\0' => code + " (NUL)",
            '\u0007' => code + " (BEL)",
            '\b' => code + " (BS)",
            '\u001B' => code + " (ESC)",
            '\u007F' => code + " (DEL)",
            '\u009B' => code + " (CSI)",
            _ => code,
        };
    }
}
