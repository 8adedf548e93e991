namespace ContentKit.Tests.Templates;

public sealed class TemplateTimeoutTests
{
    [Fact]
    public void A_template_running_longer_than_its_time_limit_is_stopped_with_a_message()
    {
        // With the loop limit off (0), only the time limit can stop this loop.
        var folder = new TemplateFolder("<column>{{ while true }}{{ x = 1 }}{{ end }}</column>");
        var library = TemplateFolder.Library;
        using var renderer = new Renderer(library, folder.Load(), new RenderOptions
        {
            TemplateLimits = ContentKit.Templates.TemplateLimits.Default with { LoopLimit = 0, Timeout = TimeSpan.FromMilliseconds(200) },
        });
        var row = renderer.Bind(new Dictionary<string, object?> { ["judul"] = "Halo" });

        var error = Assert.ThrowsAny<ContentKitException>(() => renderer.RenderMarkup(row, renderer.Template.Format("feed")));

        Assert.True(error.Message.Contains("ran longer than", StringComparison.Ordinal), error.ToString() + "\n" + error.InnerException);
        Assert.EndsWith("layout.sbn", error.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_photo_given_as_a_web_address_is_a_clear_error_for_its_row_and_column()
    {
        var folder = new TemplateFolder("<column/>", """
            { "id": "uji", "title": "Uji", "formats": [ { "name": "feed", "width": 200, "height": 250 } ],
              "fields": [ { "name": "foto", "type": "image" } ] }
            """);
        using var renderer = new Renderer(TemplateFolder.Library, folder.Load(), new RenderOptions { DataFolder = folder.Folder });

        var row = renderer.Bind(new Dictionary<string, object?> { ["foto"] = "https://contoh.go.id/foto.jpg" }, rowNumber: 4);

        var error = Assert.Single(row.Errors);
        Assert.Equal((4, "foto"), (error.Location.Row, error.Location.Column));
        Assert.Contains("not downloaded", error.Message, StringComparison.Ordinal);
    }
}
