using System.Globalization;
using System.Text;

namespace ContentKit.Data;

/// <summary>
/// Turns a column header into the key templates and field definitions use, so that
/// <c>" Judul Acara "</c>, <c>JUDUL_ACARA</c>, <c>judul-acara</c> and <c>Júdul Acara</c> all mean <c>judul_acara</c>.
/// The one place a column or field name is normalised: every lookup of a header, a field or a <c>--set</c> name goes through it.
/// </summary>
/// <remarks>Stateless: safe to call from any number of threads at once.</remarks>
public static class ColumnKey
{
    /// <summary>
    /// Lower-cases <paramref name="header"/>, drops accents (<c>é</c> → <c>e</c>) and invisible characters (a byte-order
    /// mark, a zero-width space, a soft hyphen), turns every run of other characters that are not letters or digits
    /// (spaces, no-break spaces, punctuation, <c>-</c>, <c>_</c>) into one <c>_</c>, and strips <c>_</c> from both ends.
    /// </summary>
    /// <param name="header">A header as written in the spreadsheet, or a column name typed by a user.</param>
    /// <returns>The key; empty when the header has no letters or digits.</returns>
    public static string Normalize(string header)
    {
        ArgumentNullException.ThrowIfNull(header);

        // Decomposed form, so an accent is a mark of its own whether it was typed composed (Windows) or not (a Mac):
        // field names are plain ASCII, and "Tempat Kegiatán" is meant to match "tempat_kegiatan".
        var decomposed = header.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                // Marks and invisible characters (U+FEFF left by a UTF-8 export, U+200B, U+00AD) do not separate words.
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (key.Length > 0 && key[^1] != '_')
            {
                key.Append('_');
            }
        }

        if (key.Length > 0 && key[^1] == '_')
        {
            key.Length--;
        }

        return key.ToString().Normalize(NormalizationForm.FormC);
    }
}
