using ContentKit.Templates;

namespace ContentKit.Tests.Templates;

/// <summary>The manifest's alt text and caption run under the same template limits as the layout file.</summary>
public class PostTextLimitTests
{
    [Fact]
    public void Alt_text_longer_than_the_output_limit_is_a_template_error_naming_alt()
    {
        var manifest = TemplateFolder.Manifest.Replace(
            "\"title\": \"Uji\",", "\"title\": \"Uji\",\n  \"alt\": \"{{ for i in 1..50 }}kata {{ end }}\",", StringComparison.Ordinal);
        var folder = new TemplateFolder("<column/>", manifest);
        var limits = TemplateLimits.Default with { OutputLimit = 100 };
        using var renderer = new Renderer(TemplateFolder.Library, folder.Load(), new RenderOptions { TemplateLimits = limits });
        var row = renderer.Bind(new Dictionary<string, object?> { ["judul"] = "Rapat" });

        var error = Assert.Throws<TemplateException>(() => renderer.Describe(RenderUnit.Of(row), renderer.Template.Format("feed")));

        Assert.Contains("'alt'", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("template.json", error.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Alt_text_within_the_limits_renders()
    {
        var manifest = TemplateFolder.Manifest.Replace(
            "\"title\": \"Uji\",", "\"title\": \"Uji\",\n  \"alt\": \"{{ for i in 1..3 }}kata {{ end }}\",", StringComparison.Ordinal);
        var folder = new TemplateFolder("<column/>", manifest);
        using var renderer = new Renderer(TemplateFolder.Library, folder.Load());
        var row = renderer.Bind(new Dictionary<string, object?> { ["judul"] = "Rapat" });

        Assert.Equal("kata kata kata", renderer.Describe(RenderUnit.Of(row), renderer.Template.Format("feed"))!.Alt);
    }
}
