using System.IO.Compression;
using ContentKit.Data;

namespace ContentKit.Tests.Data;

/// <summary>
/// penduduk.xlsx and penduduk.xls: a title merged over A1:F1, row 2 empty, the header in row 3, "Kecamatan" merged
/// over A4:A6 and A7:A9, rows 8 and 11 hidden, and (in the .xlsx) formulas in column E and F4.
/// </summary>
public class WorksheetLayoutTests
{
    [Theory]
    [InlineData("penduduk.xlsx")]
    [InlineData("penduduk.xls")]
    public void Header_below_a_merged_title_is_found_and_rows_keep_their_sheet_numbers(string fileName)
    {
        var sheet = DataReader.Read(TestData.Fixture(fileName));

        Assert.Equal(["Kecamatan", "Kelurahan", "Laki-laki", "Perempuan", "Jumlah", "Keterangan"], sheet.Columns);
        Assert.Equal([4, 5, 6, 7, 9, 10, 12], sheet.Rows.Select(row => row.RowNumber));
        Assert.All(sheet.Rows, row => Assert.Empty(row.Problems));
    }

    [Theory]
    [InlineData("penduduk.xlsx")]
    [InlineData("penduduk.xls")]
    public void Merged_cell_spanning_rows_applies_to_every_row_it_covers(string fileName)
    {
        var sheet = DataReader.Read(TestData.Fixture(fileName));

        Assert.Equal(
            [
                ("Sukorejo", "Sukorejo"), ("Sukorejo", "Tanggung"), ("Sukorejo", "Blitar"),
                ("Kepanjenkidul", "Kepanjenkidul"), ("Kepanjenkidul", "Sentul"),
                ("Sananwetan", "Rembang"), ("Sananwetan", "Klampok"),
            ],
            sheet.Rows.Select(row => ((string?)row["kecamatan"], (string?)row["kelurahan"])));
    }

    [Theory]
    [InlineData("penduduk.xlsx")]
    [InlineData("penduduk.xls")]
    public void Hidden_rows_are_left_out_and_still_counted(string fileName)
    {
        var rows = DataReader.Read(TestData.Fixture(fileName)).Rows;

        Assert.DoesNotContain(rows, row => row["kelurahan"] is "Kauman (lama)" or "jangan dipakai");
        Assert.Equal(9, rows.Single(row => row["kelurahan"] is "Sentul").RowNumber);
        Assert.Equal(12, rows.Single(row => row["kelurahan"] is "Klampok").RowNumber);
    }

    [Fact]
    public void Formula_cells_give_the_values_excel_cached()
    {
        var path = TestData.Fixture("penduduk.xlsx");
        using (var zip = ZipFile.OpenRead(path))
        using (var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()))
        {
            var xml = reader.ReadToEnd();
            Assert.Contains("<f>C4+D4</f><v>10544</v>", xml, StringComparison.Ordinal);
            Assert.Contains("<f>B4&amp;&quot;, &quot;&amp;A4</f>", xml, StringComparison.Ordinal);
        }

        var rows = DataReader.Read(path).Rows;

        Assert.Equal([10544.0, 6123.0, 8305.0, 5960.0, 7805.0, 5512.0, 6712.0], rows.Select(row => row["jumlah"]));
        Assert.Equal("Sukorejo, Sukorejo", rows[0]["keterangan"]);
    }

    [Fact]
    public void Mapped_column_of_a_workbook_is_read_under_the_field_name()
    {
        var options = new DataReadOptions { ColumnMap = new Dictionary<string, string> { ["wilayah"] = "Kecamatan" } };

        var sheet = DataReader.Read(TestData.Fixture("penduduk.xlsx"), options);

        Assert.Equal("wilayah", sheet.Columns[0]);
        Assert.Equal("Sukorejo", sheet.Rows[2]["wilayah"]);
        Assert.False(sheet.Rows[2].TryGetValue("kecamatan", out _));
    }
}
