using ContentKit.Data;

namespace ContentKit.Tests.Data;

public class HeaderRowFinderTests
{
    [Fact]
    public void Title_in_one_cell_above_the_header_is_skipped()
    {
        object?[][] rows =
        [
            ["DATA PENDUDUK KOTA BLITAR 2026", null, null],
            ["Kecamatan", "Kelurahan", "Jumlah"],
            ["Sukorejo", "Tanggung", 6123.0],
        ];

        Assert.Equal(1, HeaderRowFinder.Find(rows));
    }

    [Fact]
    public void Title_lines_with_two_texts_are_skipped_when_less_than_half_as_full_as_the_table()
    {
        object?[][] rows =
        [
            ["Dinas Kominfo", "Kota Blitar"],
            ["Sumber:", null, null, null, "Dispendukcapil"],
            ["No", "Nama", "Jabatan", "Unit", "Tahun"],
            [1.0, "Ani", "Staf", "TU", 2026.0],
        ];

        Assert.Equal(2, HeaderRowFinder.Find(rows));
    }

    [Fact]
    public void Header_with_one_text_and_years_is_found_when_no_row_has_two_texts()
    {
        object?[][] rows =
        [
            ["Jumlah penduduk per tahun"],
            ["Kecamatan", 2024.0, 2025.0],
            ["Sukorejo", 12000.0, 12500.0],
        ];

        Assert.Equal(1, HeaderRowFinder.Find(rows));
    }

    [Fact]
    public void One_column_sheet_has_its_first_row_as_header()
    {
        object?[][] rows = [["Nama"], ["Ani"], ["Budi"]];

        Assert.Equal(0, HeaderRowFinder.Find(rows));
    }

    [Fact]
    public void Header_in_the_first_row_is_kept_even_when_data_rows_have_text()
    {
        object?[][] rows =
        [
            ["Judul", "Tempat", "Tanggal"],
            ["Rapat", "Aula", "08/11/2022"],
        ];

        Assert.Equal(0, HeaderRowFinder.Find(rows));
    }
}
