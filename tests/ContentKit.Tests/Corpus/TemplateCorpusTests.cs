using ContentKit.Tests.Cli;
using ContentKit.Tests.Templates;

namespace ContentKit.Tests.Corpus;

/// <summary>
/// Hostile layouts: the library throws a message naming layout.sbn and its line; <c>contentkit render</c> with the
/// template folder exits 2 with that message and writes no image. Also pinned in Templates/TemplateSafetyTests.
/// </summary>
public class TemplateCorpusTests
{
    private static readonly Lock SecretLock = new();

    private static readonly Dictionary<string, object?> Row = new() { ["judul"] = "Halo", ["tanggal"] = new DateTime(2022, 11, 8), ["jumlah"] = 1250000.0 };

    /// <summary>Corpus layout, the fragment its message must contain and the layout line it must name.</summary>
    public static TheoryData<string, string, int> Layouts => new()
    {
        { "templates/endless-loop.sbn", "loop", 3 },
        { "templates/deep-recursion.sbn", "recursive", 1 },
        { "templates/include-escape.sbn", "outside the template folder", 2 },
        { "templates/misspelt-field.sbn", "Did you mean 'judul'", 2 },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Rendering_markup_throws_naming_the_layout_line(string file, string expected, int line)
    {
        var template = WithSecretBeside(new TemplateFolder(CorpusFiles.ReadText(file)));

        var error = Assert.ThrowsAny<ContentKitException>(() => template.Markup(Row));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("layout.sbn", error.Location.File, StringComparison.Ordinal);
        Assert.Equal(line, error.Location.Line);
        Assert.DoesNotContain("rahasia-isi", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Render_exits_2_naming_the_layout_line_and_writes_no_image(string file, string expected, int line)
    {
        var template = WithSecretBeside(new TemplateFolder(CorpusFiles.ReadText(file)));
        var data = Path.Combine(template.Folder, "..", Path.GetFileName(template.Folder) + "-data.csv");
        await File.WriteAllTextAsync(data, "judul;tanggal;jumlah\r\nHalo;08/11/2022;1250000\r\nDunia;09/11/2022;5\r\n");
        var output = Path.Combine(template.Folder + "-out");

        var result = await Contentkit.RunAsync(["render", "--data", data, "--template", template.Folder, "--out", output, "--templates", TestPaths.Templates]);

        Assert.True(result.ExitCode == 2, result.ToString());
        var all = ConsoleText.Flatten(result.Output + result.Error);
        Assert.Contains(expected, all, StringComparison.Ordinal);
        Assert.Contains($"layout.sbn:{line}", all, StringComparison.Ordinal);
        Assert.DoesNotContain("rahasia-isi", all, StringComparison.Ordinal);
        OutputFolder.AssertNothingRendered(output, result);
    }

    /// <summary>Puts the file <c>include-escape.sbn</c> tries to reach next to the template folder.</summary>
    private static TemplateFolder WithSecretBeside(TemplateFolder template)
    {
        lock (SecretLock)
        {
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(template.Folder)!, "rahasia.sbn"), "<text>rahasia-isi</text>");
        }

        return template;
    }
}
