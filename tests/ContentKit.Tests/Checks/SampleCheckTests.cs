using ContentKit.Batch;
using ContentKit.Checks;
using ContentKit.Data;
using ContentKit.Templates;
using ContentKit.Tests.Batch;
using ContentKit.Tests.Cli;

namespace ContentKit.Tests.Checks;

/// <summary>
/// End to end on the shipped sample's longest row (row 5 of samples/pengumuman.csv, the scholarship announcement), with
/// a copy of pengumuman whose footer a fixed spacer pushes off the story canvas (the built-in one keeps it whole; it used to
/// fall off): the design check must say so, reject the image, and fail the row.
/// </summary>
public sealed class SampleCheckTests
{
    private readonly string _folder = TestPaths.NewTempFolder();
    private readonly TemplateLibrary _library = new(TestPaths.Templates);

    [Fact]
    public void Row_5_in_story_is_rejected_for_its_footer_off_the_canvas_naming_element_row_and_template_line()
    {
        var template = _library.Load(PushedFooter());
        var sample = Path.Combine(TestPaths.Samples, "pengumuman.csv");
        using var renderer = new Renderer(_library, template, new RenderOptions { DataFolder = TestPaths.Samples });
        var row = renderer.Bind(DataReader.Read(sample).Rows.Single(r => r.RowNumber == 5));
        using var image = new MemoryStream();

        var result = renderer.Render(row, template.Format("story"), Output.OutputType.Png, image);

        Assert.True(result.Rejected);
        var outside = Assert.Single(result.Findings, f => f.Kind == FindingKind.OutsideCanvas && f.Message.Contains("bottom edge", StringComparison.Ordinal) && f.Element == "column/row");
        Assert.True(outside.PixelsOver > 100, $"{outside.PixelsOver} px over");
        Assert.Equal(5, outside.Row);
        Assert.NotNull(outside.TemplateLine);
        Assert.True(image.Length > 0, "the rejected image is still encoded, for the reviewer");
    }

    [Fact]
    public async Task The_batch_writes_row_5_story_as_rejected_reports_it_in_json_and_html_and_exits_1()
    {
        var output = Path.Combine(_folder, "out");

        var result = await Contentkit.RenderAsync("--data", Path.Combine(TestPaths.Samples, "pengumuman.csv"), "--template", PushedFooter(), "--format", "story", "--rows", "5", "--out", output);

        Assert.Equal(1, result.ExitCode);
        var row = ReportFile.Read(output).Row(5);
        Assert.Equal("failed", row.Status);
        var check = Assert.Single(row.Checks);
        Assert.True(check.Rejected);
        Assert.Equal("005-pendaftaran-beasiswa-pelajar-berprestasi-tingkat-smp-dan-sma-tahun-2026-story.rejected.png", check.Output);
        Assert.True(Png.IsComplete(Path.Combine(output, check.Output)));
        Assert.Empty(Directory.GetFiles(output, "*-story.png"));
        var outside = Assert.Single(check.Findings, f => f.Kind == "outside_canvas" && f.Element == "column/row");
        Assert.Equal("error", outside.Severity);
        Assert.True(outside.Area![1] + outside.Area[3] > 1920, $"the area reaches past the image's bottom: {string.Join(", ", outside.Area)}");

        var html = await File.ReadAllTextAsync(Path.Combine(output, ReportHtml.FileName));
        Assert.Contains($"<figure class=\"checked rejected\"><a class=\"shot\" href=\"{check.Output}\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg viewBox=\"0 0 1080 1920\"", html, StringComparison.Ordinal);
        // Wholly off the image, the outline is a 16 px band along the bottom edge it left by.
        Assert.Contains($"<rect class=\"error\" x=\"{Math.Max(0, outside.Area[0])}\" y=\"{Math.Min(outside.Area[1], 1920 - 16)}\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"num\">1</span><span class=\"label\">Rejected images</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"num\">0</span><span class=\"label\">Ready images</span>", html, StringComparison.Ordinal);
    }

    private string PushedFooter() => PushedFooterTemplate.Create(_folder);
}
