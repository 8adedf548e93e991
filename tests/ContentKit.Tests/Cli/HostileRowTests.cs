using ContentKit.Data;
using ContentKit.Layout.Elements;
using ContentKit.Layout.Markup;
using ContentKit.Templates;
using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

/// <summary>Bad rows among good ones: each bad row fails alone, with a message naming its row and column; hostile text prints literally.</summary>
[Collection(RunsAlone.Name)]
public class HostileRowTests(HostileSheet sheet) : IClassFixture<HostileSheet>
{
    [Fact]
    public void Good_rows_render_bad_rows_fail_and_the_run_exits_1()
    {
        Assert.True(sheet.Result.ExitCode == 1, sheet.ToString());
        Assert.Equal(Enumerable.Range(2, 8), sheet.Report.Select(r => r.Row));
        foreach (var row in sheet.Report)
        {
            var good = HostileSheet.GoodRows.Contains(row.Row);
            Assert.True(row.Status == (good ? "ok" : "failed"), sheet.ToString());
            Assert.True(good ? row.Outputs.Count == 1 : row.Outputs.Count == 0, sheet.ToString());
        }

        Assert.All(sheet.Report.Where(r => r.Status == "ok").SelectMany(r => r.Outputs), o => Assert.Equal((1080, 1350), Png.SizeOf(Path.Combine(sheet.Output, o))));
    }

    [Fact]
    public void A_photo_path_that_leaves_the_data_folder_fails_its_row_naming_row_and_foto()
    {
        var message = FailureOf(HostileSheet.PhotoOutside);

        Assert.Contains("column 'foto'", message, StringComparison.Ordinal);
        Assert.Contains("leaves the data folder", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_title_fails_its_row_naming_row_and_judul()
    {
        var message = FailureOf(HostileSheet.EmptyTitle);

        Assert.Contains("column 'judul'", message, StringComparison.Ordinal);
        Assert.Contains("required", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_jpeg_fails_its_row_naming_row_and_foto()
    {
        var message = FailureOf(HostileSheet.CorruptJpeg);

        Assert.Contains("column 'foto'", message, StringComparison.Ordinal);
        Assert.Contains("rusak.jpg", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_claiming_60000_by_60000_pixels_fails_its_row_at_the_pixel_limit_without_taking_the_memory()
    {
        var message = FailureOf(HostileSheet.GiantPng);

        Assert.Contains("column 'foto'", message, StringComparison.Ordinal);
        Assert.Contains("60000", message, StringComparison.Ordinal);
        Assert.Contains("limit", message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("pixel", message, StringComparison.OrdinalIgnoreCase);

        // Decoding what the header claims would take 60000 × 60000 × 4 bytes ≈ 13 GB.
        Assert.True(sheet.PeakGrowthBytes < 500L * 1024 * 1024, sheet.ToString());
    }

    [Fact]
    public void A_title_with_markup_characters_renders_and_prints_them_literally()
    {
        Assert.Equal("ok", sheet.Report.Row(HostileSheet.MarkupTitle).Status);

        var markup = MarkupOf(HostileSheet.MarkupTitle);

        Assert.Contains("&lt;b&gt;Tom &amp; ", markup, StringComparison.Ordinal);
        Assert.Contains("&lt;/b&gt;", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        Assert.Contains(HostileSheet.MarkupCharacters, Texts(markup));
    }

    [Fact]
    public void A_title_with_template_syntax_renders_and_prints_it_literally()
    {
        Assert.Equal("ok", sheet.Report.Row(HostileSheet.ScribanTitle).Status);

        var texts = Texts(MarkupOf(HostileSheet.ScribanTitle));

        Assert.Contains(HostileSheet.TemplateSyntax, texts);
        Assert.DoesNotContain(texts, t => t.Contains("42", StringComparison.Ordinal));
    }

    [Fact]
    public void No_temporary_or_partial_file_is_left_in_the_output_folder()
    {
        var files = Directory.GetFiles(sheet.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(sheet.Output, f)).ToList();

        Assert.DoesNotContain(files, f => f.EndsWith(".ck-tmp", StringComparison.Ordinal));
        var outputs = sheet.Report.SelectMany(r => r.Outputs).ToList();
        var reported = outputs.Concat(outputs.Select(o => Path.ChangeExtension(o, ".txt"))).Append("report.json").Append("report.html").Append(".contentkit-cache.json").Order(StringComparer.Ordinal);
        Assert.Equal(reported, files.Order(StringComparer.Ordinal));
        Assert.All(files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)), f => Assert.True(Png.IsComplete(Path.Combine(sheet.Output, f)), $"{f} is cut off."));
    }

    /// <summary>The single message of a failed row, checked to name that row.</summary>
    private string FailureOf(int row)
    {
        var report = sheet.Report.Row(row);
        Assert.True(report.Status == "failed", sheet.ToString());
        Assert.Empty(report.Outputs);
        var message = Assert.Single(report.Messages);
        Assert.Contains($"row {row}", message, StringComparison.Ordinal);
        return message;
    }

    private string MarkupOf(int rowNumber)
    {
        var library = new TemplateLibrary(TestPaths.Templates);
        var template = library.Load("pengumuman");
        using var renderer = new Renderer(library, template, new RenderOptions { DataFolder = sheet.DataFolder });
        var record = DataReader.Read(sheet.DataFile).Rows.Single(r => r.RowNumber == rowNumber);
        var row = renderer.Bind(record, Path.GetFileName(sheet.DataFile));
        Assert.True(row.IsValid, string.Join("; ", row.Errors));
        return renderer.RenderMarkup(row, template.Format("feed"));
    }

    /// <summary>The text of every &lt;text&gt; element the markup reads as.</summary>
    private static List<string> Texts(string markup)
    {
        var texts = new List<string>();
        void Walk(Element element)
        {
            switch (element)
            {
                case TextElement text:
                    texts.Add(text.Text);
                    break;
                case ContainerElement container:
                    foreach (var child in container.Children)
                    {
                        Walk(child);
                    }

                    break;
            }
        }

        Walk(MarkupReader.Read(markup));
        return texts;
    }
}
