using PuppeteerSharp;

namespace ContentKit.Tests.Preview;

/// <summary>
/// <c>contentkit preview</c> in a real browser: the page shows the row in every format, draws it again after the layout
/// is saved, and shows a template mistake with its file and line instead of stopping.
/// </summary>
public sealed class PreviewPageTests
{
    private const string Loaded = "() => { const images = [...document.querySelectorAll('img.render')]; return images.length === 7 && images.every(i => i.complete && i.naturalWidth > 0); }";

    // The sum of the feed image's pixels as the browser decoded them: changes when the picture does.
    private const string FeedSum = """
        (() => {
          const img = document.querySelector('img.render[data-format="feed"]');
          const canvas = Object.assign(document.createElement('canvas'), { width: img.naturalWidth, height: img.naturalHeight });
          const context = canvas.getContext('2d');
          context.drawImage(img, 0, 0);
          return context.getImageData(0, 0, canvas.width, canvas.height).data.reduce((a, b) => a + b, 0);
        })()
        """;

    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task The_page_shows_every_format_and_draws_again_after_the_layout_is_saved()
    {
        var (template, data) = CopyTemplateAndData();
        await using var preview = new PreviewProcess("--template", template, "--data", data, "--templates", TestPaths.Templates);
        var address = await preview.AddressAsync();
        await using var browser = await HeadlessChromium.LaunchAsync();
        await using var page = await browser.NewPageAsync();
        await page.GoToAsync(address);

        await page.WaitForFunctionAsync(Loaded, new WaitForFunctionOptions { Timeout = 60_000 });
        var sizes = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('img.render')].map(i => `${i.dataset.format} ${i.naturalWidth}x${i.naturalHeight}`)");
        // The screen formats (the carousel by its cover), then pengumuman's paper sizes (drawn after them, so a save shows on screen sizes first).
        Assert.Equal(["feed 1080x1350", "square 1080x1080", "story 1080x1920", "landscape 1200x675", "carousel 1080x1350", "a4 2480x3508", "a3 3508x4961"], sizes);
        Assert.Equal(7, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#row option').length"));
        var before = await page.EvaluateExpressionAsync<long>(FeedSum);
        var version = await page.EvaluateExpressionAsync<int>("+document.documentElement.dataset.version");

        // The badge's word, saved in the layout as an editor would: the page is told and loads the new images.
        var layout = Path.Combine(template, "layout.sbn");
        await File.WriteAllTextAsync(layout, (await File.ReadAllTextAsync(layout)).Replace(">Pengumuman<", ">Berita Penting Sekali<", StringComparison.Ordinal));
        await page.WaitForFunctionAsync($"() => +document.documentElement.dataset.version > {version}", new WaitForFunctionOptions { Timeout = 60_000 });
        await page.WaitForFunctionAsync(Loaded, new WaitForFunctionOptions { Timeout = 60_000 });
        Assert.NotEqual(before, await page.EvaluateExpressionAsync<long>(FeedSum));
        Assert.False(await page.EvaluateExpressionAsync<bool>("getComputedStyle(document.getElementById('error')).display !== 'none'"));

        // A misspelt element: the page names the layout file and line, and the preview keeps running.
        var good = await File.ReadAllTextAsync(layout);
        await File.WriteAllTextAsync(layout, good.Replace("<spacer/>", "<spacr/>", StringComparison.Ordinal));
        await page.WaitForFunctionAsync("() => getComputedStyle(document.getElementById('error')).display !== 'none'", new WaitForFunctionOptions { Timeout = 60_000 });
        var where = await page.EvaluateExpressionAsync<string>("document.getElementById('where').textContent");
        var message = await page.EvaluateExpressionAsync<string>("document.getElementById('message').textContent");
        Assert.Matches(@"layout\.sbn:\d+$", where);
        Assert.Contains("spacr", message, StringComparison.Ordinal);

        // Mended: the images come back.
        await File.WriteAllTextAsync(layout, good);
        await page.WaitForFunctionAsync("() => getComputedStyle(document.getElementById('error')).display === 'none'", new WaitForFunctionOptions { Timeout = 60_000 });
        await page.WaitForFunctionAsync(Loaded, new WaitForFunctionOptions { Timeout = 60_000 });
        Assert.Equal(0, await preview.StopAsync());
    }

    [Fact]
    public async Task Choosing_another_row_draws_that_row()
    {
        var (template, data) = CopyTemplateAndData();
        await using var preview = new PreviewProcess("--template", template, "--data", data, "--templates", TestPaths.Templates, "--row", "3");
        var address = await preview.AddressAsync();
        await using var browser = await HeadlessChromium.LaunchAsync();
        await using var page = await browser.NewPageAsync();
        await page.GoToAsync(address);
        await page.WaitForFunctionAsync(Loaded, new WaitForFunctionOptions { Timeout = 60_000 });
        Assert.Equal("3", await page.EvaluateExpressionAsync<string>("document.documentElement.dataset.row"));
        Assert.Equal("3", await page.EvaluateExpressionAsync<string>("document.getElementById('row').value"));
        var before = await page.EvaluateExpressionAsync<long>(FeedSum);

        await page.SelectAsync("#row", "6");
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.row === '6'", new WaitForFunctionOptions { Timeout = 60_000 });
        await page.WaitForFunctionAsync(Loaded, new WaitForFunctionOptions { Timeout = 60_000 });
        Assert.NotEqual(before, await page.EvaluateExpressionAsync<long>(FeedSum));
    }

    /// <summary>A copy of pengumuman to edit, and the sample sheet with its photos beside it.</summary>
    private (string Template, string Data) CopyTemplateAndData()
    {
        var template = Path.Combine(_folder, "pengumuman");
        Directory.CreateDirectory(template);
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Templates, "pengumuman")))
        {
            File.Copy(file, Path.Combine(template, Path.GetFileName(file)));
        }

        var data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(Path.Combine(data, "foto"));
        File.Copy(Path.Combine(TestPaths.Samples, "pengumuman.csv"), Path.Combine(data, "pengumuman.csv"));
        foreach (var photo in Directory.GetFiles(Path.Combine(TestPaths.Samples, "foto")))
        {
            File.Copy(photo, Path.Combine(data, "foto", Path.GetFileName(photo)));
        }

        return (template, Path.Combine(data, "pengumuman.csv"));
    }
}
