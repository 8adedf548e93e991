using ContentKit.Data;

namespace ContentKit.Tests.Data;

public class ColumnMatchingTests
{
    [Theory]
    [InlineData(" Judul Acara ", "judul_acara")]
    [InlineData("JUDUL_ACARA", "judul_acara")]
    [InlineData("judul-acara", "judul_acara")]
    [InlineData("Judul  --  Acara", "judul_acara")]
    [InlineData("Tanggal (dd/mm/yyyy)", "tanggal_dd_mm_yyyy")]
    [InlineData("No.", "no")]
    [InlineData("Tempat Kegiatán", "tempat_kegiatan")]
    [InlineData("Tempat Kegiata\u0301n", "tempat_kegiatan")]
    [InlineData("\uFEFFJudul Acara", "judul_acara")]
    [InlineData("Judul\u00A0Acara", "judul_acara")]
    [InlineData("Judul\u200BAcara", "judulacara")]
    [InlineData("Ke\u00ADterangan", "keterangan")]
    [InlineData("__judul__acara__", "judul_acara")]
    [InlineData("Nomor 1", "nomor_1")]
    [InlineData("#", "")]
    [InlineData("\uFEFF", "")]
    public void Normalize_makes_headers_forgiving_keys(string header, string expected)
    {
        Assert.Equal(expected, ColumnKey.Normalize(header));
    }

    [Fact]
    public void Record_looks_up_columns_forgivingly_and_keys_values_by_normalized_header()
    {
        var row = TestData.ReadCsv("Judul Acara;TEMPAT\nRapat;Aula").Rows[0];

        Assert.Equal("Rapat", row["JUDUL-ACARA"]);
        Assert.Equal("Aula", row[" tempat "]);
        Assert.Equal(["judul_acara", "tempat"], row.Values.Keys);
    }

    [Fact]
    public void Unknown_column_is_an_error_listing_the_columns()
    {
        var row = TestData.ReadCsv("Judul Acara;Tempat\nRapat;Aula").Rows[0];

        Assert.False(row.TryGetValue("tanggal", out _));
        var error = Assert.Throws<ContentKitException>(() => row["tanggal"]);
        Assert.Contains("judul_acara, tempat", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ErrorLocation("inline.csv", 2, "tanggal"), error.Location);
    }

    [Fact]
    public void Duplicate_headers_are_an_error_naming_both_columns()
    {
        var error = Assert.Throws<ContentKitException>(() => TestData.ReadCsv("No;Judul Acara;Tempat;JUDUL_ACARA\n1;a;b;c"));

        Assert.Contains("'Judul Acara' in column 2 (B)", error.Message, StringComparison.Ordinal);
        Assert.Contains("'JUDUL_ACARA' in column 4 (D)", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Location.Row);
    }

    [Fact]
    public void Blank_header_with_data_under_it_is_an_error_naming_the_column()
    {
        var error = Assert.Throws<ContentKitException>(() => TestData.ReadCsv("No;;Tempat\n1;;Aula\n2;x;Aula"));

        Assert.Contains("column 2 (B) has no header in row 1, but row 3 has a value", error.Message, StringComparison.Ordinal);
        Assert.Contains("cell B1", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ErrorLocation("inline.csv", 3, "B"), error.Location);
    }

    [Fact]
    public void Header_without_letters_or_digits_with_data_under_it_is_an_error()
    {
        var error = Assert.Throws<ContentKitException>(() => TestData.ReadCsv("#;Nama\n1;Ani"));

        Assert.Contains("the header '#', which has no letters or digits,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_header_without_data_is_left_out()
    {
        var sheet = TestData.ReadCsv("No;;Tempat;\n1;;Aula;\n");

        Assert.Equal(["No", "Tempat"], sheet.Columns);
        Assert.Equal(["no", "tempat"], sheet.Rows[0].Values.Keys);
    }
}
