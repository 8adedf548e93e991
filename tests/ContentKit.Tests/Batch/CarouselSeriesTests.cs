using ContentKit.Batch;
using ContentKit.Data;
using ContentKit.Templates;
using ContentKit.Tests.Templates;

namespace ContentKit.Tests.Batch;

/// <summary>A carousel is posted whole: a slide the design check rejects fails its row and leaves none of the series behind.</summary>
public sealed class CarouselSeriesTests
{
    private const string Manifest = """
        {
          "id": "uji-slide",
          "title": "Uji slide",
          "name": "{row}-{format}",
          "slides": { "items": "poin" },
          "formats": [ { "name": "feed", "width": 400, "height": 500 } ],
          "fields": [
            { "name": "judul", "type": "text", "required": true, "max_length": 40 },
            { "name": "poin", "type": "list", "required": true }
          ]
        }
        """;

    // The item "rusak" writes a word far too wide for one line: the design check rejects that slide as cut text.
    private const string Layout = """
        <column width="100%" height="100%" padding="20" background="#FFFFFF">
          <text size="28" color="#000000">{{ slide.label }} {{ slide.kind }}</text>
          {{~ if slide.text == "rusak" ~}}
          <text size="60" color="#000000" max-lines="1">Panjangsekalikatayangtidakmuatdisini</text>
          {{~ end ~}}
        </column>
        """;

    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task A_rejected_slide_fails_its_row_and_removes_the_slides_of_its_series_already_written()
    {
        var template = new TemplateFolder(Layout, Manifest);
        var library = TemplateFolder.Library;
        using var renderer = new Renderer(library, template.Load(), new RenderOptions { DataFolder = _folder });
        var data = TestSheet.WriteWithHeader(_folder, "uji.csv", ["judul", "poin"], ["Rusak", "baik;rusak;baik"], ["Baik", "baik"]);
        var output = Path.Combine(_folder, "out");

        var report = await BatchRunner.RunAsync(renderer, DataReader.Read(data), new BatchOptions { OutputFolder = output, MaxParallelism = 1 });

        var failed = report.Rows.Single(r => r.Row == 2);
        Assert.Equal(RowStatus.Failed, failed.Status);
        Assert.Empty(failed.Outputs);
        Assert.Null(failed.Carousels);
        Assert.Contains(failed.Messages, m => m.Contains("Slide 3 of 5", StringComparison.Ordinal));
        // Only the rejected slide is kept, for the reviewer; the cover and slide 2 written before it are gone, 4 and 5 never made.
        Assert.Equal(["002-feed-3.rejected.png"], Directory.GetFiles(output, "002-*").Select(Path.GetFileName));
        var whole = report.Rows.Single(r => r.Row == 3);
        Assert.Equal(RowStatus.Ok, whole.Status);
        Assert.Equal(["003-feed-1.png", "003-feed-2.png", "003-feed-3.png"], Assert.Single(whole.Carousels!).Slides);
        Assert.Equal(whole.Outputs, Directory.GetFiles(output, "003-*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
