using ContentKit.Cli;

namespace ContentKit.Tests.Cli;

/// <summary>What the command line prints of data: escape sequences removed whole, other hidden characters shown by code.</summary>
public class TerminalTextTests
{
    [Theory]
    [InlineData("\u001B[31mMerah\u001B[0m", "Merah")]
    [InlineData("\u001B[2J\u001B[HBersih", "Bersih")]
    [InlineData("\u001B]0;judul jendela\u0007Rapat", "Rapat")]
    [InlineData("\u001B]8;;https://contoh.id\u001B\\tautan\u001B]8;;\u001B\\", "tautan")]
    [InlineData("\u009B31mC1\u009B0m", "C1")]
    [InlineData("\u001BcReset", "Reset")]
    [InlineData("\u001B(BSet", "Set")]
    public void Escape_sequences_are_removed_whole(string text, string expected) => Assert.Equal(expected, TerminalText.Safe(text));

    [Theory]
    [InlineData("Senam\0Sehat", "Senam<U+0000>Sehat")]
    [InlineData("baris\rtimpa", "baris<U+000D>timpa")]
    [InlineData("laporan\u202Egnp.exe", "laporan<U+202E>gnp.exe")]
    [InlineData("rapat\u200Bwarga", "rapat<U+200B>warga")]
    [InlineData("akhir\u001B", "akhir")]
    public void Other_hidden_characters_are_shown_by_their_code(string text, string expected) => Assert.Equal(expected, TerminalText.Safe(text));

    [Theory]
    [InlineData("Pentas Seni Café 🎉")]
    [InlineData("kolom\tdua\r\nbaris dua\n")]
    [InlineData("")]
    public void Ordinary_text_tabs_and_line_breaks_are_unchanged(string text) => Assert.Equal(text, TerminalText.Safe(text));

    [Fact]
    public void The_error_writer_makes_everything_written_safe()
    {
        using var inner = new StringWriter();
        using var writer = new SafeTextWriter(inner);

        writer.WriteLine("Galat: \u001B[31mmerah\u001B[0m");
        writer.Write('\u0007');

        Assert.Equal($"Galat: merah{inner.NewLine}<U+0007>", inner.ToString());
    }
}
