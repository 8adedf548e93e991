using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

/// <summary>The sample spreadsheet saved as CSV, XLSX and XLS renders the same pixels, and rendering is repeatable to the byte.</summary>
public class SampleRenderTests(SampleRenders renders) : IClassFixture<SampleRenders>
{
    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void Workbook_with_the_csv_s_data_renders_byte_identical_feed_and_story_images(string workbook)
    {
        AssertSameImages(renders.Files["csv"], renders.Files[workbook]);
    }

    [Fact]
    public void Every_sample_row_renders_feed_at_1080_by_1350_and_story_at_1080_by_1920()
    {
        Assert.Equal([2, 3, 4, 5, 6, 7, 8], renders.Files["csv"].Keys);
        foreach (var files in renders.Files["csv"].Values)
        {
            Assert.Equal([(1080, 1350), (1080, 1920)], files.Select(Png.SizeOf));
        }
    }

    [Fact]
    public void Rendering_the_same_sheet_twice_gives_byte_identical_files_and_report()
    {
        AssertSameImages(renders.Files["csv"], renders.Files["csv-again"]);
        Assert.Equal(renders.Report("csv"), renders.Report("csv-again"));
    }

    private static void AssertSameImages(SortedDictionary<int, IReadOnlyList<string>> expected, SortedDictionary<int, IReadOnlyList<string>> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (row, files) in expected)
        {
            Assert.Equal(files.Select(Path.GetFileName), actual[row].Select(Path.GetFileName));
            for (var i = 0; i < files.Count; i++)
            {
                Assert.True(
                    File.ReadAllBytes(files[i]).AsSpan().SequenceEqual(File.ReadAllBytes(actual[row][i])),
                    $"Row {row}: {actual[row][i]} differs from {files[i]}.");
            }
        }
    }
}
