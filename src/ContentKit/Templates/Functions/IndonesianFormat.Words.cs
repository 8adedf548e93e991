namespace ContentKit.Templates.Functions;

internal static partial class IndonesianFormat
{
    private static readonly string[] SmallNumberWords =
    [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
    ];

    // Largest first. Past triliun the count of triliun is itself written in words (seribu triliun).
    private static readonly (ulong Size, string Name)[] WordScales =
        [(1_000_000_000_000, "triliun"), (1_000_000_000, "miliar"), (1_000_000, "juta")];

    /// <summary>
    /// Writes a whole number in Indonesian words (terbilang): <c>sebelas</c>, <c>seratus dua puluh</c>,
    /// <c>seribu</c>, <c>dua ribu dua puluh dua</c>, <c>satu juta</c>, <c>minus lima</c>, <c>nol</c>.
    /// </summary>
    public static string Words(long value)
    {
        if (value == 0)
        {
            return SmallNumberWords[0];
        }

        // unchecked: -long.MinValue wraps to itself, whose unsigned value is the right magnitude.
        var words = WordsOf(value < 0 ? unchecked((ulong)-value) : (ulong)value);
        return value < 0 ? "minus " + words : words;
    }

    private static string WordsOf(ulong number)
    {
        if (number < 12)
        {
            return SmallNumberWords[number];
        }

        if (number < 20)
        {
            return SmallNumberWords[number - 10] + " belas";
        }

        if (number < 100)
        {
            return WithRest(SmallNumberWords[number / 10] + " puluh", number % 10);
        }

        if (number < 1_000)
        {
            var hundreds = number < 200 ? "seratus" : SmallNumberWords[number / 100] + " ratus";
            return WithRest(hundreds, number % 100);
        }

        if (number < 1_000_000)
        {
            var thousands = number < 2_000 ? "seribu" : WordsOf(number / 1_000) + " ribu";
            return WithRest(thousands, number % 1_000);
        }

        var (size, name) = WordScales.First(scale => number >= scale.Size);
        return WithRest($"{WordsOf(number / size)} {name}", number % size);
    }

    private static string WithRest(string head, ulong rest) => rest == 0 ? head : $"{head} {WordsOf(rest)}";
}
