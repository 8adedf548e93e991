using System.Text;

namespace ContentKit.Data;

/// <summary>
/// Turns a column header into the key templates and field definitions use, so that
/// <c>" Judul Acara "</c>, <c>JUDUL_ACARA</c> and <c>judul-acara</c> all mean <c>judul_acara</c>.
/// </summary>
/// <remarks>Stateless: safe to call from any number of threads at once.</remarks>
public static class ColumnKey
{
    /// <summary>
    /// Trims and lower-cases <paramref name="header"/>, turns every run of characters that are not letters
    /// or digits (spaces, punctuation, <c>-</c>, <c>_</c>) into one <c>_</c>, and strips <c>_</c> from both ends.
    /// </summary>
    /// <param name="header">A header as written in the spreadsheet, or a column name typed by a user.</param>
    /// <returns>The key; empty when the header has no letters or digits.</returns>
    public static string Normalize(string header)
    {
        ArgumentNullException.ThrowIfNull(header);

        // Composed form, so "é" typed on a Mac (e + combining accent) is one letter like everywhere else.
        var composed = header.Normalize(NormalizationForm.FormC);
        var key = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
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

        return key.ToString();
    }
}
