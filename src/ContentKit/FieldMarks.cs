using System.Text;

namespace ContentKit;

/// <summary>
/// Where a piece of markup text came from: when the template writes a row's value into the markup, the markup writer
/// puts a mark naming the field(s) just before it, and the markup reader takes the marks out again and keeps the names
/// on the element (<c>Element.Fields</c>). Reports and the design check name fields from that, instead of searching
/// texts for values. A mark is two Unicode noncharacters (U+FDD0, U+FDD1, reserved for a program's internal use, so no
/// spreadsheet means them) around the field names: XML carries them through escaping, and they never reach a reader's
/// eyes because every way out of the markup (the element tree, <c>--emit-markup</c>) strips them.
/// </summary>
/// <remarks>Stateless: safe to call from any number of threads at once.</remarks>
internal static class FieldMarks
{
    private const char Start = '\uFDD0';
    private const char End = '\uFDD1';

    /// <summary>The mark that says the text after it shows <paramref name="fields"/>.</summary>
    public static string Mark(IEnumerable<string> fields) => $"{Start}{string.Join(',', fields)}{End}";

    /// <summary>True when <paramref name="text"/> holds a mark (or a stray mark character).</summary>
    public static bool Any(string text) => text.AsSpan().IndexOfAny(Start, End) >= 0;

    /// <summary>A value from the data, without mark characters, so a cell cannot claim to be another field.</summary>
    public static string Clean(string value) => Any(value) ? value.Replace(Start.ToString(), "", StringComparison.Ordinal).Replace(End.ToString(), "", StringComparison.Ordinal) : value;

    /// <summary><paramref name="text"/> without its marks; the fields they name are added to <paramref name="fields"/> once each, in order.</summary>
    public static string Strip(string text, ICollection<string>? fields = null)
    {
        if (!Any(text))
        {
            return text;
        }

        var plain = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == Start && text.IndexOf(End, i + 1) is var end and > 0)
            {
                foreach (var field in text.AsSpan(i + 1, end - i - 1).ToString().Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (fields is not null && !fields.Contains(field))
                    {
                        fields.Add(field);
                    }
                }

                i = end + 1;
                continue;
            }

            if (c is not (Start or End))
            {
                plain.Append(c);
            }

            i++;
        }

        return plain.ToString();
    }
}
