using ContentKit.Data;

namespace ContentKit.Tests.Data;

public class ExcelReadingTests
{
    [Theory]
    [InlineData("agenda.xlsx")]
    [InlineData("agenda.xls")]
    public void Workbook_cells_are_typed_and_rows_keep_their_sheet_numbers(string fileName)
    {
        var sheet = DataReader.Read(TestData.Fixture(fileName));

        Assert.Equal(["No", "Judul Acara", "Tanggal", "Tempat", "Peserta", "Anggaran"], sheet.Columns);
        Assert.Equal([2, 3, 5], sheet.Rows.Select(row => row.RowNumber));
        var row = sheet.Rows[1];
        Assert.Equal(2.0, row["no"]);
        Assert.Equal("Rapat Koordinasi; Admin OPD", row["judul_acara"]);
        var date = Assert.IsType<DateTime>(row["tanggal"]);
        Assert.Equal(new DateTime(2022, 11, 15), date);
        Assert.Equal(DateTimeKind.Unspecified, date.Kind);
        Assert.Equal("Ruang Rapat\nLantai 2", row["tempat"]);
        Assert.Equal(750000.5, row["anggaran"]);
    }

    [Fact]
    public void Header_is_the_first_non_empty_row_and_empty_rows_are_skipped()
    {
        var sheet = DataReader.Read(TestData.Fixture("offset-header.xlsx"));

        Assert.Equal(["Kegiatan", "Mulai", "Terbuka untuk Umum", "Catatan"], sheet.Columns);
        Assert.Equal([4, 6], sheet.Rows.Select(row => row.RowNumber));
        var first = sheet.Rows[0];
        Assert.Equal("Senam Pagi", first["kegiatan"]);
        Assert.Equal(new DateTime(2022, 11, 8, 6, 30, 0), first["mulai"]);
        Assert.Equal(true, first["terbuka_untuk_umum"]);
        Assert.Null(first["catatan"]);
        Assert.Equal(false, sheet.Rows[1]["terbuka_untuk_umum"]);
    }

    [Fact]
    public void First_sheet_is_read_by_default()
    {
        var sheet = DataReader.Read(TestData.Fixture("two-sheets.xlsx"));

        Assert.Equal(["Bulan", "Jumlah Acara"], sheet.Columns);
    }

    [Fact]
    public void Sheet_is_chosen_by_name_ignoring_case()
    {
        var sheet = DataReader.Read(TestData.Fixture("two-sheets.xlsx"), new DataReadOptions { SheetName = "AGENDA" });

        Assert.Equal(3, sheet.Rows.Count);
        Assert.Equal("Pelatihan Konten Kreatif", sheet.Rows[0]["judul_acara"]);
    }

    [Fact]
    public void Unknown_sheet_is_an_error_listing_the_sheets()
    {
        var error = Assert.Throws<ContentKitException>(
            () => DataReader.Read(TestData.Fixture("two-sheets.xlsx"), new DataReadOptions { SheetName = "Jadwal" }));

        Assert.Contains("no sheet named 'Jadwal'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Ringkasan', 'Agenda'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_workbook_is_an_error_saying_to_save_it_again()
    {
        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(TestData.Fixture("truncated.xlsx")));

        Assert.Contains("save it again as .xlsx", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("truncated.xlsx", error.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_file_named_like_a_workbook_is_an_error_saying_to_save_it_again()
    {
        using var stream = new MemoryStream("No;Judul\n1;Rapat\n"u8.ToArray());

        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(stream, "laporan.xls"));

        Assert.Contains("laporan.xls could not be read as an Excel workbook", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Password_protected_workbook_is_an_error_saying_to_remove_the_password()
    {
        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(TestData.Fixture("password-protected.xlsx")));

        Assert.Contains("remove the password", error.Message, StringComparison.Ordinal);
    }
}
