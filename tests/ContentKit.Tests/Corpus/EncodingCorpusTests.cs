using System.Text;
using ContentKit.Data;
using ContentKit.Tests.Batch;
using ContentKit.Tests.Cli;

namespace ContentKit.Tests.Corpus;

/// <summary>
/// Text files that are not quite what their name says: one invalid byte in a UTF-8 file (the other rows keep their
/// accents, the row with the byte fails at its column), UTF-16 without a byte-order mark (read), an XLSX or XLS renamed
/// <c>.csv</c> (a message naming the file). Also pinned: Data/CsvReadingTests.
/// </summary>
public class EncodingCorpusTests
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("judul;tanggal;waktu;tempat;penyelenggara;isi;foto;kontak;tautan\r\n");

    private readonly string _folder = TestPaths.NewTempFolder();

    /// <summary>A UTF-8 sheet (no byte-order mark) whose row 3 has the Windows-1252 byte for é where UTF-8 has two bytes.</summary>
    private string OneBadByte()
    {
        var path = Path.Combine(_folder, "satu-bita.csv");
        using var file = File.Create(path);
        file.Write(Header);
        file.Write(Encoding.UTF8.GetBytes("Pentas Seni Café;05/07/2026;19.00 WIB;Alun-alun;Dinas Kominfo;Terbuka;;;\r\n"));
        file.Write(Encoding.UTF8.GetBytes("Lomba Caf"));
        file.WriteByte(0xE9);
        file.Write(Encoding.UTF8.GetBytes(";06/07/2026;19.00 WIB;Alun-alun;Dinas Kominfo;Terbuka;;;\r\n"));
        file.Write(Encoding.UTF8.GetBytes("Kirab Budaya;07/07/2026;08.00 WIB;Jalan Merdeka;Dinas Pariwisata;Meriah;;;\r\n"));
        return path;
    }

    [Fact]
    public void One_invalid_byte_does_not_turn_the_file_into_windows_1252()
    {
        var sheet = DataReader.Read(OneBadByte());

        Assert.Equal("Pentas Seni Café", sheet.Rows[0]["judul"]);
        Assert.Equal("Lomba Caf\uFFFD", sheet.Rows[1]["judul"]);
    }

    [Theory]
    [InlineData("en", "The cell has a byte at character 10 that is not valid text in the file's encoding")]
    [InlineData("id", "Sel berisi bita pada karakter ke-10 yang bukan teks yang sah dalam pengodean berkasnya")]
    public async Task Render_fails_the_row_of_the_invalid_byte_naming_row_and_column(string language, string expected)
    {
        var output = Path.Combine(_folder, "out-" + language);

        var result = await Contentkit.RenderAsync("--data", OneBadByte(), "--template", "pengumuman", "--out", output, "--lang", language);

        Assert.True(result.ExitCode == 1, result.ToString());
        var report = ReportFile.Read(output);
        Assert.Equal(["ok", "failed", "ok"], report.Select(r => r.Status));
        Assert.Contains("pentas-seni-cafe", Assert.Single(report.Row(2).Outputs), StringComparison.Ordinal);
        var message = Assert.Single(report.Row(3).Messages);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Contains(language == "id" ? "baris 3" : "row 3", message, StringComparison.Ordinal);
        Assert.Contains(language == "id" ? "kolom 'judul'" : "column 'judul'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_1252_file_with_no_utf8_in_it_still_reads_as_windows_1252()
    {
        var sheet = DataReader.Read(CorpusFiles.Of("data/pengumuman-1252.csv"));

        Assert.Equal("Pentas Seni Café", Assert.Single(sheet.Rows)["judul"]);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Utf16_without_a_byte_order_mark_is_recognised(string encoding)
    {
        var text = "judul;tanggal\r\nPentas Seni Café;05/07/2026\r\n";
        var path = Path.Combine(_folder, "tanpa-bom.csv");
        File.WriteAllBytes(path, Encoding.GetEncoding(encoding).GetBytes(text));

        var sheet = DataReader.Read(path);

        Assert.Equal("Pentas Seni Café", Assert.Single(sheet.Rows)["judul"]);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_on_standard_input_is_told_from_its_bytes()
    {
        using var input = new MemoryStream(Encoding.Unicode.GetBytes("judul;tanggal\r\nPentas Seni Café;05/07/2026\r\n"));

        var sheet = DataReader.Read(new NonSeekable(input), "-");

        Assert.Equal("Pentas Seni Café", Assert.Single(sheet.Rows)["judul"]);
    }

    [Theory]
    [InlineData("en", "data/truncated.xlsx", "agenda.csv is an Excel workbook (.xlsx) although its name ends in .csv")]
    [InlineData("id", "data/truncated.xlsx", "agenda.csv adalah buku kerja Excel (.xlsx) walaupun namanya berakhiran .csv")]
    [InlineData("en", "data/password-protected.xlsx", "agenda.csv is an Excel workbook (.xls) although its name ends in .csv")]
    public async Task A_workbook_renamed_csv_exits_2_with_a_message_naming_the_file(string language, string workbook, string expected)
    {
        var data = CorpusFiles.CopyTo(workbook, _folder, "agenda.csv");
        var output = Path.Combine(_folder, "out");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output, "--lang", language);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(expected, ConsoleText.Flatten(result.Error), StringComparison.Ordinal);
        OutputFolder.AssertNothingRendered(output, result);
    }

    [Fact]
    public void A_legacy_xls_renamed_csv_is_named_as_a_workbook()
    {
        var data = Path.Combine(_folder, "lama.csv");
        File.Copy(ContentKit.Tests.Data.TestData.Fixture("agenda.xls"), data);

        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(data));

        Assert.Contains("lama.csv is an Excel workbook (.xls) although its name ends in .csv", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("lama.csv", error.Location.File, StringComparison.Ordinal);
    }

    /// <summary>Standard input as a program sees it: no seeking, no length.</summary>
    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
