using ContentKit.Data;

namespace ContentKit.Tests.Data;

public class ColumnMapTests
{
    [Fact]
    public void Mapped_column_is_keyed_and_named_by_the_field()
    {
        var sheet = TestData.ReadCsv("Nama Kegiatan;Lokasi\nRapat;Aula", Map(("judul", "Nama Kegiatan")));

        Assert.Equal(["judul", "Lokasi"], sheet.Columns);
        Assert.Equal(["judul", "lokasi"], sheet.Rows[0].Values.Keys);
        Assert.Equal("Rapat", sheet.Rows[0]["judul"]);
        Assert.False(sheet.Rows[0].TryGetValue("nama_kegiatan", out _));
    }

    [Fact]
    public void Mapped_header_and_field_are_matched_forgivingly()
    {
        var row = TestData.ReadCsv("Nama Kegiatan;Lokasi\nRapat;Aula", Map(("Judul Acara", "NAMA_KEGIATAN"))).Rows[0];

        Assert.Equal(["judul_acara", "lokasi"], row.Values.Keys);
        Assert.Equal("Rapat", row["judul acara"]);
    }

    [Fact]
    public void Column_whose_own_header_is_a_mapped_field_is_left_out()
    {
        var row = TestData.ReadCsv("Judul;Judul Lengkap\nRapat;Rapat Koordinasi", Map(("judul", "Judul Lengkap"))).Rows[0];

        Assert.Equal(["judul"], row.Values.Keys);
        Assert.Equal("Rapat Koordinasi", row["judul"]);
    }

    [Fact]
    public void Columns_can_swap_names()
    {
        var row = TestData.ReadCsv("a;b\n1;2", Map(("a", "b"), ("b", "a"))).Rows[0];

        Assert.Equal("2", row["a"]);
        Assert.Equal("1", row["b"]);
    }

    [Fact]
    public void Several_fields_can_read_one_column()
    {
        var sheet = TestData.ReadCsv("Nama;Unit\nAni;TU", Map(("judul", "Nama"), ("keterangan", "Nama")));

        Assert.Equal(["judul", "keterangan", "Unit"], sheet.Columns);
        Assert.Equal("Ani", sheet.Rows[0]["judul"]);
        Assert.Equal("Ani", sheet.Rows[0]["keterangan"]);
    }

    [Fact]
    public void Mapping_applies_to_json_properties()
    {
        var row = TestData.ReadJson("""[{"title": "Rapat", "jumlah": 3}]""", Map(("judul", "title"))).Rows[0];

        Assert.Equal(["judul", "jumlah"], row.Values.Keys);
        Assert.Equal("Rapat", row["judul"]);
    }

    [Fact]
    public void Mapping_to_a_header_the_file_does_not_have_is_an_error_listing_its_headers()
    {
        var error = Assert.Throws<ContentKitException>(() => TestData.ReadCsv("\nNo;Nama Kegiatan;Lokasi\n1;Rapat;Aula", Map(("judul", "Kegiatan"))));

        Assert.Equal(
            "DataReadOptions.ColumnMap reads the field 'judul' from the column 'Kegiatan', but inline.csv has no such column. "
            + "Its headers are: No, Nama Kegiatan, Lokasi. Use one of these headers as written in the file.",
            error.Message);
        Assert.Equal(new ErrorLocation("inline.csv", 2, "Kegiatan"), error.Location);
    }

    [Fact]
    public void Mapping_one_field_to_two_columns_is_an_error()
    {
        var error = Assert.Throws<ContentKitException>(() => TestData.ReadCsv("a;b\n1;2", Map(("Judul", "a"), ("judul", "b"))));

        Assert.Contains("reads the field 'judul' from two columns, 'a' and 'b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_name_without_letters_or_digits_is_an_error()
    {
        var error = Assert.Throws<ContentKitException>(() => TestData.ReadCsv("a;b\n1;2", Map(("#", "a"))));

        Assert.Contains("the field name '#', which has no letters or digits", error.Message, StringComparison.Ordinal);
    }

    private static DataReadOptions Map(params (string Field, string Header)[] pairs) =>
        new() { ColumnMap = pairs.ToDictionary(pair => pair.Field, pair => pair.Header) };
}
