using ContentKit.Output;
using ContentKit.Tests.Visual;

namespace ContentKit.Tests.Pdf;

/// <summary>A screen size as a PDF: one page of the format's size at 96 pixels to the inch, as a browser prints it.</summary>
public sealed class ScreenPdfTests : IDisposable
{
    private readonly SampleRenderer _samples = new();
    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public void Feed_format_as_pdf_is_one_810_by_1012_point_page_with_the_row_s_text()
    {
        var (renderer, row) = _samples.Row("kutipan", "kutipan.csv", 3);
        var file = Path.Combine(_folder, "kutipan-feed.pdf");
        using (var stream = File.Create(file))
        {
            var result = renderer.Render(row, renderer.Template.Format("feed"), OutputType.Pdf, stream);
            Assert.Empty(result.Findings);
        }

        var info = Poppler.Info(file);
        Assert.Equal("1", info["Pages"]);
        Assert.StartsWith("810 x 1012.5 pts", info["Page size"], StringComparison.Ordinal);
        Assert.Contains(renderer.Brand.Name.ToUpperInvariant(), Poppler.Text(file), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _samples.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
