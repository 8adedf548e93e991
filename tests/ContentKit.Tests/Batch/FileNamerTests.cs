using System.Text;
using ContentKit.Batch;
using ContentKit.Templates;

namespace ContentKit.Tests.Batch;

/// <summary>File names from a pattern: readable, unique within a batch, and never a way out of the output folder.</summary>
public class FileNamerTests
{
    private static readonly TemplateManifest Manifest = new TemplateLibrary(TestPaths.Templates).Load("pengumuman").Manifest;

    private static readonly HashSet<string> WindowsDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    [Fact]
    public void Row_slugged_title_and_format_make_the_name()
    {
        var namer = new FileNamer("{row}-{judul|slug}-{format}", Manifest);

        Assert.Equal("002-senam-sehat-bersama-warga-feed.png", namer.Name(Row(2, "Senam Sehat Bersama Warga"), "feed", "png"));
        Assert.Equal("002-senam-sehat-bersama-warga-story.png", namer.Name(Row(2, "Senam Sehat Bersama Warga"), "story", "png"));
        Assert.Equal("115-rapat-koordinasi-cafe-2026-square.jpg", namer.Name(Row(115, "Rapat Koordinasi – Café 2026!"), "square", "jpg"));
    }

    [Fact]
    public void A_date_field_prints_as_year_month_day()
    {
        var namer = new FileNamer("{tanggal}-{judul|slug}", Manifest);

        Assert.Equal("2026-07-05-senam-pagi.png", namer.Name(Row(2, "Senam Pagi", new DateTime(2026, 7, 5)), "feed", "png"));
    }

    [Fact]
    public void Names_that_collide_get_a_numbered_suffix_in_row_order()
    {
        var namer = new FileNamer("{judul|slug}", Manifest);

        string[] titles = ["Rapat", "Rapat", "rapat!", "Rapat 2", "Rapat"];
        var names = titles.Select((title, i) => namer.Name(Row(i + 2, title), "feed", "png")).ToList();

        Assert.Equal(["rapat.png", "rapat-2.png", "rapat-3.png", "rapat-2-2.png", "rapat-4.png"], names);
    }

    [Fact]
    public void Names_differing_only_in_case_collide_as_they_would_on_windows_and_macos()
    {
        var namer = new FileNamer("{judul}", Manifest);

        Assert.Equal("Rapat.png", namer.Name(Row(2, "Rapat"), "feed", "png"));
        Assert.Equal("RAPAT-2.png", namer.Name(Row(3, "RAPAT"), "feed", "png"));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..\\..\\Windows\\win.ini")]
    [InlineData("/etc/cron.d/evil")]
    [InlineData("C:\\Users\\Public\\x")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("a/../../b")]
    [InlineData("CON")]
    [InlineData("con")]
    [InlineData("nul.txt")]
    [InlineData("LPT1")]
    [InlineData("  ")]
    [InlineData("tab\tnew\nline\0nul")]
    [InlineData("what?*<>|\"")]
    [InlineData("laporan\u202Egnp.exe")]
    [InlineData("zero\u200Bwidth\u200D\u2060\uFEFF")]
    [InlineData("baris\u2028pisah\u2029paragraf")]
    public void Hostile_values_give_a_plain_file_name_inside_the_folder(string title)
    {
        var namer = new FileNamer("{judul}", Manifest);

        var name = namer.Name(Row(2, title), "feed", "png");

        AssertSafe(name);
    }

    [Theory]
    [InlineData("{row}-{judul}-{format}")]
    [InlineData("../{judul}")]
    [InlineData("sub/{row}")]
    public void Hostile_values_and_patterns_never_place_a_file_in_another_folder(string pattern)
    {
        var namer = new FileNamer(pattern, Manifest);

        AssertSafe(namer.Name(Row(2, "../../../tmp/x"), "feed", "png"));
    }

    [Theory]
    [InlineData("", "Pendaftaran Beasiswa Pelajar Berprestasi ")]
    [InlineData("", "ꦥꦼꦔꦸꦩꦸꦩꦤ꧀ ")] // Javanese script: three UTF-8 bytes a character
    [InlineData("", "🎉 Festival ")]
    [InlineData("a", "🎉")] // every odd index holds the first half of an emoji, so a cut at an even length splits one
    public void Very_long_titles_are_cut_to_a_name_the_file_system_accepts(string start, string repeated)
    {
        var title = start + string.Concat(Enumerable.Repeat(repeated, 400 / repeated.Length + 1));
        var namer = new FileNamer("{judul}-{format}", Manifest);

        var name = namer.Name(Row(2, title), "feed", "png");

        AssertSafe(name);
        Assert.EndsWith(".png", name, StringComparison.Ordinal);
        Assert.InRange(name.Length, 20, 160);
    }

    [Theory]
    [InlineData("{row}-{judull}", "judull")]
    [InlineData("{row}-{foto_acara}-{format}", "foto_acara")]
    [InlineData("{row}-{Judul}", "Judul")]
    [InlineData("{row}-{judul acara}", "judul acara")]
    [InlineData("{row}-{judul|slugify}", "slugify")]
    public void A_placeholder_the_pattern_cannot_fill_is_an_error_naming_it(string pattern, string unknown)
    {
        var error = Assert.Throws<ContentKitException>(() => new FileNamer(pattern, Manifest));

        Assert.Contains(unknown, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_placeholder_error_suggests_the_field()
    {
        var error = Assert.Throws<ContentKitException>(() => new FileNamer("{row}-{judull}", Manifest));

        Assert.Contains("'judul'", error.Message, StringComparison.Ordinal);
    }

    private static BoundRow Row(int number, string judul, DateTime? tanggal = null) =>
        new(number, new Dictionary<string, object?> { ["judul"] = judul, ["tanggal"] = tanggal ?? new DateTime(2026, 7, 5) }, []);

    /// <summary>
    /// A name that is one plain, portable file name: no folder parts, no "..", no Windows device name,
    /// well-formed Unicode that fits in 255 UTF-8 bytes, and a file of that name can be created inside the folder.
    /// </summary>
    private static void AssertSafe(string name)
    {
        Assert.False(string.IsNullOrWhiteSpace(name));
        Assert.Equal(name, Path.GetFileName(name));
        Assert.DoesNotContain('/', name);
        Assert.DoesNotContain('\\', name);
        Assert.DoesNotContain(':', name);
        Assert.NotEqual("..", Path.GetFileNameWithoutExtension(name));
        Assert.DoesNotContain(name, char.IsControl);
        Assert.DoesNotContain(name, c => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator);
        Assert.DoesNotContain(name.Split('.')[0].TrimEnd(' '), WindowsDeviceNames);

        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var bytes = 0;
        var wellFormed = true;
        try
        {
            bytes = strictUtf8.GetByteCount(name);
        }
        catch (EncoderFallbackException)
        {
            wellFormed = false;
        }

        Assert.True(wellFormed, $"'{name}' has half of a surrogate pair: it is not valid Unicode, and the file on disk would get a different name.");
        Assert.True(bytes <= 255, $"'{name}' is {bytes} bytes in UTF-8; most file systems allow 255, so writing it fails.");

        var folder = TestPaths.NewTempFolder();
        var path = Path.GetFullPath(Path.Combine(folder, name));
        Assert.StartsWith(folder + Path.DirectorySeparatorChar, path, StringComparison.Ordinal);
        File.WriteAllBytes(path, [1]);
        Assert.Equal([name], Directory.GetFiles(folder).Select(Path.GetFileName));
    }
}
