using ContentKit.Data;
using ContentKit.Templates;

namespace ContentKit.Tests.Batch;

/// <summary>The image of a row reads as that row: its title, place and date, written the Indonesian way, are in the markup.</summary>
public class RowMarkupTests
{
    [Theory]
    [InlineData(2, "Senam Sehat Bersama Warga", "Alun-alun Kota Blitar", "Minggu, 5 Juli 2026")]
    [InlineData(3, "Vaksinasi Gratis untuk Lansia", "Puskesmas Sukorejo", "Selasa, 14 Juli 2026")]
    [InlineData(6, "Festival Kuliner Kampung Blitar", "Taman Pecut", "Sabtu, 15 Agustus 2026")]
    public void Sample_row_markup_shows_its_title_place_and_long_indonesian_date(int rowNumber, string title, string place, string date)
    {
        var library = new TemplateLibrary(TestPaths.Templates);
        var template = library.Load("pengumuman");
        var sheet = DataReader.Read(Path.Combine(TestPaths.Samples, "pengumuman.csv"));
        using var renderer = new Renderer(library, template, new RenderOptions { DataFolder = TestPaths.Samples });
        var row = renderer.Bind(sheet.Rows.Single(r => r.RowNumber == rowNumber), "pengumuman.csv");
        Assert.True(row.IsValid, string.Join("; ", row.Errors));

        foreach (var format in new[] { "feed", "story" })
        {
            var markup = renderer.RenderMarkup(row, template.Format(format));

            Assert.Contains($">{title}</text>", markup, StringComparison.Ordinal);
            Assert.Contains($">{place}</text>", markup, StringComparison.Ordinal);
            Assert.Contains($">{date}</text>", markup, StringComparison.Ordinal);
        }
    }
}
