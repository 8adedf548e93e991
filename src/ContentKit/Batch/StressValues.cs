using System.Text;
using ContentKit.Drawing;
using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>
/// The values of a stress case, made from nothing but a field's declaration (type, required, max length), so a new
/// template is stressed without anyone writing data for it. Every value depends only on the field and the row index.
/// </summary>
internal static class StressValues
{
    /// <summary>A very short text: one word.</summary>
    public const string Short = "Info";

    /// <summary>A very short Arabic text.</summary>
    public const string ShortArabic = "عيد";

    /// <summary>The long title of a field without a max length, as issue 11 asks: 40 words.</summary>
    public const int TitleWords = 40;

    /// <summary>The long text of any other field without a max length.</summary>
    public const int BodyCharacters = 400;

    /// <summary>Emoji appended to text: two, so a run of colour glyphs sits between letters and the end.</summary>
    public const string Emoji = " 🎉🙏";

    /// <summary>A web address of ordinary length.</summary>
    public const string Url = "https://blitarkota.go.id/info";

    private static readonly string[] Words =
    [
        "pelayanan", "warga", "kota", "blitar", "kegiatan", "bersama", "kelurahan", "kecamatan", "program", "kesehatan",
        "pendidikan", "lingkungan", "masyarakat", "pemerintah", "daerah", "informasi", "pendaftaran", "gratis", "untuk",
        "seluruh", "pelatihan", "posyandu", "sekolah", "pasar",
    ];

    private static readonly string[] ArabicWords = ["عيد", "مبارك", "تقبل", "الله", "منا", "ومنكم", "كل", "عام", "وأنتم", "بخير"];

    /// <summary>The first day of the stress rows, a Monday: five weekdays from it fall in one week, so groups by week stay one group.</summary>
    private static readonly DateTime FirstDay = new(2026, 8, 17);

    /// <summary>True for a field meant for an Arabic line, by its name or help (ucapan's <c>arab</c>): it gets Arabic script.</summary>
    public static bool IsArabic(FieldDefinition field) =>
        field.Name.Contains("arab", StringComparison.OrdinalIgnoreCase) || field.Help?.Contains("arab", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// An ordinary value for <paramref name="field"/> in row <paramref name="row"/> (from 0); for an image, no photo unless the
    /// field is required (dokumentasi's <c>foto</c>): then the portrait, so every case of such a template can render at all.
    /// </summary>
    public static object? Typical(FieldDefinition field, int row) => field.Type switch
    {
        FieldType.Number => field.Required ? (1250.0 * (row + 1)) + (375 * (row % 4)) : row + 1,
        FieldType.Date => FirstDay.AddDays(row % 5),
        FieldType.Url => Url,
        FieldType.Color => "#0E5E4A",
        FieldType.Image => field.Required ? StressPhotos.Portrait : null,
        FieldType.Focus => "auto",

        // A field with a default is a keyword (an icon name, a number format): its default is the typical value.
        _ when field.Default is not null => null,
        _ => WholeWords(Math.Clamp((field.MaxLength > 0 ? field.MaxLength : 90) / 3, 8, 60), row, IsArabic(field)),
    };

    /// <summary>Ordinary text with emoji at its end, within the field's max length.</summary>
    public static string WithEmoji(FieldDefinition field, int row)
    {
        var text = (string)Typical(field, row)!;
        var room = field.MaxLength > 0 ? field.MaxLength - Emoji.Length : text.Length;
        return text[..Math.Min(text.Length, room)].TrimEnd() + Emoji;
    }

    /// <summary>Exactly <paramref name="length"/> characters of words, the last one cut to fit: the longest value the field accepts.</summary>
    public static string Characters(int length, int row, bool arabic)
    {
        var text = Join(row, arabic, t => t.Length < length);
        var cut = text[..length];
        return cut.EndsWith(' ') ? cut[..^1] + text[length] : cut;
    }

    /// <summary><paramref name="count"/> words.</summary>
    public static string WordCount(int count, int row)
    {
        var words = 0;
        return Join(row, arabic: false, _ => words++ < count);
    }

    /// <summary>Whole words up to <paramref name="length"/> characters (at least one word).</summary>
    private static string WholeWords(int length, int row, bool arabic)
    {
        var pool = arabic ? ArabicWords : Words;
        var next = row;
        return Join(row, arabic, t => t.Length == 0 || t.Length + 1 + pool[++next % pool.Length].Length <= length);
    }

    /// <summary>Words from the pool, starting at the row's word, while <paramref name="more"/> says so; Latin text starts with a capital.</summary>
    private static string Join(int row, bool arabic, Func<StringBuilder, bool> more)
    {
        var pool = arabic ? ArabicWords : Words;
        var text = new StringBuilder();
        for (var i = row; more(text); i++)
        {
            text.Append(text.Length > 0 ? " " : "").Append(pool[i % pool.Length]);
        }

        if (!arabic && text.Length > 0)
        {
            text[0] = char.ToUpperInvariant(text[0]);
        }

        return text.ToString();
    }
}
