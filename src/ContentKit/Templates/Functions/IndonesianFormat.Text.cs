using System.Globalization;
using System.Text;

namespace ContentKit.Templates.Functions;

internal static partial class IndonesianFormat
{
    /// <summary>The longest slug <see cref="Slug"/> writes, so file names stay portable.</summary>
    public const int MaxSlugLength = 80;

    /// <summary>
    /// Makes a file-name-safe slug: lower-case ASCII letters and digits, accents removed, every other run
    /// of characters a single <c>-</c> (<c>Rapat Koordinasi – Café 2022!</c> → <c>rapat-koordinasi-cafe-2022</c>).
    /// Longer slugs are cut after the last whole word within <see cref="MaxSlugLength"/> characters.
    /// Text without letters or digits gives an empty slug.
    /// </summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                slug.Append(char.ToLowerInvariant(character));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark
                && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().TrimEnd('-');
        if (result.Length <= MaxSlugLength)
        {
            return result;
        }

        // A dash at index MaxSlugLength or before ends a whole word.
        var lastBreak = result.LastIndexOf('-', MaxSlugLength);
        return lastBreak > 0 ? result[..lastBreak] : result[..MaxSlugLength];
    }

    /// <summary>
    /// Shortens text to at most <paramref name="length"/> characters (as a reader counts them: an emoji is
    /// one), ellipsis included, cutting at the last word boundary when there is one. Shorter text is
    /// returned unchanged.
    /// </summary>
    public static string Truncate(string text, int length, string ellipsis = "…")
    {
        var room = length - new StringInfo(ellipsis).LengthInTextElements;
        if (room < 1)
        {
            throw new ArgumentException(Localized.Format(Messages.Function_TruncateLength, length, ellipsis));
        }

        var characters = new StringInfo(text);
        if (characters.LengthInTextElements <= length)
        {
            return text;
        }

        var head = characters.SubstringByTextElements(0, room);
        if (!char.IsWhiteSpace(text[head.Length]))
        {
            var lastSpace = head.AsSpan().LastIndexOfAny(' ', '\n', '\t');
            head = lastSpace > 0 ? head[..lastSpace] : head;
        }

        return head.TrimEnd().TrimEnd(',', ';', ':', '-') + ellipsis;
    }

    /// <summary>Upper-cases text (culture-invariant, as Indonesian needs no special rules).</summary>
    public static string Upper(string text) => text.ToUpperInvariant();

    /// <summary>
    /// Capitalises the first letter of each word and lower-cases the rest (<c>kota blitar</c> →
    /// <c>Kota Blitar</c>); words written entirely in capitals are kept as acronyms (<c>OPD</c>, <c>WIB</c>).
    /// </summary>
    public static string Title(string text) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text);
}
