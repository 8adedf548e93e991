using ContentKit.Tests.Cli;

namespace ContentKit.Tests.Templates;

/// <summary>
/// A manifest's <c>alt</c> and <c>caption</c>: a mistake in them is a template error naming template.json and the line the
/// key is on, before anything renders; a good one fills NAME.txt, report.json and report.html.
/// </summary>
public sealed class PostTextTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task Misspelt_name_in_alt_stops_the_batch_naming_the_manifest_and_the_alt_line()
    {
        var (template, line) = Copy("\"alt\": \"Poster: {{ row.judl }}\"");

        var result = await Contentkit.RenderAsync("--data", Path.Combine(TestPaths.Samples, "pengumuman.csv"), "--template", template, "--out", Path.Combine(_folder, "out"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"template.json:{line}", result.Error, StringComparison.Ordinal);
        Assert.Contains("'alt'", result.Error, StringComparison.Ordinal);
        Assert.Contains("judl", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(Path.Combine(_folder, "out")) ? Directory.GetFiles(Path.Combine(_folder, "out"), "*.png") : []);
    }

    [Fact]
    public void Unclosed_block_in_caption_fails_loading_the_template_naming_the_caption_line()
    {
        var (template, line) = Copy("\"caption\": \"{{ if row.tautan }}Info\"", key: "caption");

        var error = Assert.Throws<ContentKit.Templates.TemplateException>(() => ContentKit.Templates.Template.Load(template));

        Assert.Equal(line, error.Location.Line);
        Assert.EndsWith("template.json", error.Location.File, StringComparison.Ordinal);
        Assert.Contains("'caption'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_html_shows_each_output_s_alt_text_and_caption_with_copy_buttons_its_policy_allows()
    {
        var output = Path.Combine(_folder, "html");
        var result = await Contentkit.RenderAsync("--data", Path.Combine(TestPaths.Samples, "pengumuman.csv"), "--template", "pengumuman", "--rows", "2", "--out", output);
        Assert.True(result.ExitCode == 0, result.ToString());

        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("Poster pengumuman Pemerintah Kota Blitar: Senam Sehat Bersama Warga.", html, StringComparison.Ordinal);
        Assert.Contains("#KotaBlitar #PemkotBlitar #InfoBlitar", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<button type=\"button\" class=\"copy\"").Length - 1);
        // The one script runs by its hash; the policy allows no other script.
        var script = html.Split("<script>")[1].Split("</script>")[0];
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)));
        Assert.Contains($"script-src 'sha256-{hash}'\"", html, StringComparison.Ordinal);
        PostTextFiles.AssertEveryOutputHasOne(output, ["002-senam-sehat-bersama-warga-feed.png"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A copy of pengumuman whose manifest's alt (or caption) is <paramref name="declaration"/>, and that line's number.</summary>
    private (string Folder, int Line) Copy(string declaration, string key = "alt")
    {
        var folder = Path.Combine(_folder, "pengumuman-uji");
        Directory.CreateDirectory(folder);
        var source = Path.Combine(TestPaths.Templates, "pengumuman");
        File.Copy(Path.Combine(source, "layout.sbn"), Path.Combine(folder, "layout.sbn"));
        var lines = File.ReadAllLines(Path.Combine(source, "template.json"));
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith($"\"{key}\":", StringComparison.Ordinal));
        Assert.True(index > 0);
        lines[index] = "  " + declaration + ",";
        File.WriteAllLines(Path.Combine(folder, "template.json"), lines);
        return (folder, index + 1);
    }
}
