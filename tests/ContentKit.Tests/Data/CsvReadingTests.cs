using ContentKit.Data;

namespace ContentKit.Tests.Data;

public class CsvReadingTests
{
    [Fact]
    public void Csv_with_semicolons_and_bom_reads_day_first_dates()
    {
        var sheet = DataReader.Read(TestData.Fixture("agenda-id.csv"));

        Assert.Equal(["No", "Judul Acara", "Tanggal", "Tempat", "Peserta", "Anggaran"], sheet.Columns);
        var first = sheet.Rows[0];
        Assert.Equal("Pelatihan Konten Kreatif", first["Judul Acara"]);
        Assert.Equal("08/11/2022", first["tanggal"]);
        Assert.True(CellParser.TryParseDate(first["tanggal"], Cultures.Indonesian, out var date));
        Assert.Equal(new DateTime(2022, 11, 8), date);
    }

    [Fact]
    public void Csv_quoted_cells_keep_delimiters_doubled_quotes_and_line_breaks()
    {
        var sheet = DataReader.Read(TestData.Fixture("agenda-id.csv"));

        Assert.Equal("Rapat Koordinasi; Admin OPD", sheet.Rows[1]["judul_acara"]);
        Assert.Equal("Ruang Rapat\nLantai 2", sheet.Rows[1]["tempat"]);
        Assert.Equal("Lomba Video \"Blitar Keren\"", sheet.Rows[2]["judul_acara"]);
        Assert.Equal("Alun-alun Kota Blitar \u2014 panggung utama", sheet.Rows[2]["tempat"]);
    }

    [Fact]
    public void Csv_row_numbers_count_multi_line_records_once_and_blank_lines_like_excel()
    {
        Assert.Equal([2, 3, 5], DataReader.Read(TestData.Fixture("agenda-id.csv")).Rows.Select(row => row.RowNumber));
        Assert.Equal([2, 4, 5, 6], DataReader.Read(TestData.Fixture("agenda-comma.csv")).Rows.Select(row => row.RowNumber));
    }

    [Fact]
    public void Comma_csv_trims_headers_and_cells_and_keeps_line_feed_inside_quotes()
    {
        var sheet = DataReader.Read(TestData.Fixture("agenda-comma.csv"));

        Assert.Equal(["no", "judul-acara", "TEMPAT", "Peserta"], sheet.Columns);
        Assert.Equal("Seminar \"Literasi Digital\", sesi 1", sheet.Rows[0]["Judul Acara"]);
        Assert.Equal("Gedung Kesenian", sheet.Rows[0]["tempat"]);
        Assert.Equal("Doa bersama\nmalam hari", sheet.Rows[3]["judul_acara"]);
        Assert.Equal("100", sheet.Rows[3]["peserta"]);
    }

    [Fact]
    public void Csv_row_with_fewer_cells_has_null_for_the_missing_ones()
    {
        var row = DataReader.Read(TestData.Fixture("agenda-comma.csv")).Rows[1];

        Assert.Equal("Pameran UMKM", row["judul_acara"]);
        Assert.True(row.TryGetValue("tempat", out var place));
        Assert.Null(place);
        Assert.Null(row["peserta"]);
        Assert.Empty(row.Problems);
    }

    [Fact]
    public void Csv_row_with_more_cells_than_headers_is_kept_with_a_problem()
    {
        var rows = DataReader.Read(TestData.Fixture("agenda-comma.csv")).Rows;

        var problem = Assert.Single(rows[2].Problems);
        Assert.StartsWith("row 5 has 6 cells but the header has 4 columns", problem, StringComparison.Ordinal);
        Assert.Equal("500", rows[2]["peserta"]);
        Assert.All(rows.Where(row => row.RowNumber != 5), row => Assert.Empty(row.Problems));
    }

    [Fact]
    public void Csv_that_is_not_utf8_is_read_as_windows_1252()
    {
        var sheet = DataReader.Read(TestData.Fixture("agenda-1252.csv"));

        Assert.Equal(["Pentas Seni Café", "Jum\u2019at Bersih"], sheet.Rows.Select(row => row["judul_acara"]));
    }

    [Fact]
    public void Utf16_tab_separated_text_is_read()
    {
        var sheet = DataReader.Read(TestData.Fixture("agenda-utf16.txt"));

        Assert.Equal(["No", "Judul Acara", "Tempat"], sheet.Columns);
        Assert.Equal(["Pentas Seni Café", "Jum\u2019at Bersih"], sheet.Rows.Select(row => row["judul_acara"]));
    }

    [Fact]
    public void Unterminated_quote_is_an_error_naming_the_row_where_it_opened()
    {
        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(TestData.Fixture("unterminated-quote.csv")));

        Assert.Equal(3, error.Location.Row);
        Assert.Equal(3, error.Location.Line);
        Assert.EndsWith("unterminated-quote.csv", error.Location.File, StringComparison.Ordinal);
        Assert.Contains("row 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_csv_is_an_error()
    {
        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(TestData.Fixture("empty.csv")));

        Assert.Contains("There is no header row in empty.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_of_blank_lines_is_an_error()
    {
        Assert.Throws<ContentKitException>(() => TestData.ReadCsv("\r\n  \r\n;;;\r\n"));
    }

    [Fact]
    public void Csv_with_only_a_header_has_no_rows()
    {
        var sheet = TestData.ReadCsv("Nama;Jabatan\r\n");

        Assert.Equal(["Nama", "Jabatan"], sheet.Columns);
        Assert.Empty(sheet.Rows);
    }

    [Theory]
    [InlineData("a;b;c,d\n1;2;3,4", "c,d", "3,4")]
    [InlineData("a,b;c\n1,2;3", "b;c", "2;3")]
    [InlineData("a\tb\tc\n1\t2\t3", "b", "2")]
    [InlineData("a|b|c\n1|2|3", "b", "2")]
    [InlineData("\"a;x;y\",b,c\n1,2,3", "b", "2")]
    [InlineData("\n\na;b\n1;2", "b", "2")]
    public void Delimiter_is_the_most_frequent_candidate_outside_quotes_on_the_header_line(string csv, string column, string expected)
    {
        Assert.Equal(expected, TestData.ReadCsv(csv).Rows[0][column]);
    }

    [Theory]
    [InlineData("a,b\r1,2\r3,4")]
    [InlineData("a,b\n1,2\n3,4\n")]
    [InlineData("a,b\r\n1,2\r\n3,4\r\n")]
    public void Csv_reads_cr_lf_and_crlf_line_endings(string csv)
    {
        var sheet = TestData.ReadCsv(csv);

        Assert.Equal([2, 3], sheet.Rows.Select(row => row.RowNumber));
        Assert.Equal(["2", "4"], sheet.Rows.Select(row => row["b"]));
    }

    [Fact]
    public void Csv_cells_are_text_even_when_they_look_like_numbers()
    {
        var row = TestData.ReadCsv("n;t\n1,5;TRUE").Rows[0];

        Assert.Equal("1,5", row["n"]);
        Assert.Equal("TRUE", row["t"]);
    }

    [Fact]
    public void Quotes_inside_an_unquoted_cell_are_kept()
    {
        Assert.Equal("Layar 5\" lebar", TestData.ReadCsv("a,b\nLayar 5\" lebar,x").Rows[0]["a"]);
    }

    [Fact]
    public void English_csv_reads_month_first_dates_and_comma_thousands_in_en_US()
    {
        var row = TestData.ReadCsv("Title,Date,Amount\nMeeting,11/08/2022,\"1,234.5\"").Rows[0];

        Assert.True(CellParser.TryParseDate(row["date"], Cultures.English, out var date));
        Assert.Equal(new DateTime(2022, 11, 8), date);
        Assert.True(CellParser.TryParseNumber(row["amount"], Cultures.English, out var amount));
        Assert.Equal(1234.5, amount);
    }

    [Fact]
    public void Indonesian_csv_reads_the_same_date_and_number_written_its_way()
    {
        var row = TestData.ReadCsv("Judul;Tanggal;Jumlah\nRapat;08/11/2022;1.234,5").Rows[0];

        Assert.True(CellParser.TryParseDate(row["tanggal"], Cultures.Indonesian, out var date));
        Assert.Equal(new DateTime(2022, 11, 8), date);
        Assert.True(CellParser.TryParseNumber(row["jumlah"], Cultures.Indonesian, out var amount));
        Assert.Equal(1234.5, amount);
    }
}
