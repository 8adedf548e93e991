using System.Text;
using ContentKit.Data;

namespace ContentKit.Tests.Data;

public class FormatDetectionTests
{
    [Theory]
    [InlineData("agenda-id.csv")]
    [InlineData("agenda.json")]
    [InlineData("agenda.xlsx")]
    [InlineData("agenda.xls")]
    [InlineData("agenda-utf16.txt")]
    public void Dash_reads_standard_input_telling_the_format_from_its_bytes(string fixture)
    {
        var sheet = DataReader.Read("-", null, () => NonSeekable(File.ReadAllBytes(TestData.Fixture(fixture))));

        Assert.Equal("standard input", sheet.SourcePath);
        Assert.Contains("Judul Acara", sheet.Columns);
    }

    [Fact]
    public void Standard_input_is_read_in_the_format_the_options_name()
    {
        var options = new DataReadOptions { Format = DataFormat.Csv };

        var sheet = DataReader.Read("-", options, () => NonSeekable("[Kode];Nama\nA1;Ani\n"u8.ToArray()));

        Assert.Equal(["[Kode]", "Nama"], sheet.Columns);
    }

    [Fact]
    public void Standard_input_past_the_size_limit_is_refused()
    {
        var options = new DataReadOptions { MaxFileBytes = 100 };

        var error = Assert.Throws<ContentKitException>(() => DataReader.Read("-", options, () => NonSeekable(new byte[101])));

        Assert.StartsWith("standard input is larger than 100 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_standard_input_is_an_error_naming_it()
    {
        var error = Assert.Throws<ContentKitException>(() => DataReader.Read("-", null, () => NonSeekable([])));

        Assert.StartsWith("There is no header row in standard input: it is empty.", error.Message, StringComparison.Ordinal);
        Assert.Equal("standard input", error.Location.File);
    }

    [Fact]
    public void File_with_an_unknown_extension_is_read_by_its_bytes()
    {
        var folder = Directory.CreateTempSubdirectory("ck-data-");
        try
        {
            var path = Path.Combine(folder.FullName, "ekspor.dat");
            File.Copy(TestData.Fixture("agenda.xlsx"), path);

            var sheet = DataReader.Read(path);

            Assert.Equal(path, sheet.SourcePath);
            Assert.Equal(3, sheet.Rows.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Format_option_wins_over_the_extension()
    {
        using var stream = File.OpenRead(TestData.Fixture("agenda-id.csv"));

        var sheet = DataReader.Read(stream, "laporan.xls", new DataReadOptions { Format = DataFormat.Csv });

        Assert.Equal(3, sheet.Rows.Count);
    }

    [Theory]
    [InlineData("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")]
    [InlineData("\u0089PNG\r\n\u001a\n\0\0\0\rIHDR")]
    public void Bytes_that_are_not_data_are_an_error_listing_the_supported_formats(string content)
    {
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(content));

        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(stream, "agenda.pdf"));

        Assert.StartsWith("agenda.pdf is not a data file ContentKit can read", error.Message, StringComparison.Ordinal);
        Assert.Contains(".csv, .tsv, .txt, .json, .xlsx, .xlsm or .xls", error.Message, StringComparison.Ordinal);
        Assert.Equal("agenda.pdf", error.Location.File);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, DataFormat.Xlsx)]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, DataFormat.Xls)]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A, 0x09, 0x5B, 0x7B }, DataFormat.Json)]
    [InlineData(new byte[] { 0x7B, 0x22, 0x61, 0x22 }, DataFormat.Json)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x5B, 0x5D }, DataFormat.Json)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x20, 0x00, 0x5B, 0x00 }, DataFormat.Json)]
    [InlineData(new byte[] { 0x4E, 0x6F, 0x3B, 0x4A, 0x75, 0x64, 0x75, 0x6C }, DataFormat.Csv)]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x09, 0x31, 0x0D, 0x0A }, DataFormat.Csv)]
    public void Format_is_told_from_the_first_bytes(byte[] bytes, DataFormat expected)
    {
        Assert.Equal(expected, FormatSniffer.Sniff(bytes));
    }

    [Theory]
    [InlineData(new byte[] { 0x4E, 0x6F, 0x00, 0x4A })]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 })]
    public void Binary_bytes_are_not_data(byte[] bytes)
    {
        Assert.Null(FormatSniffer.Sniff(bytes));
    }

    /// <summary>A pipe: standard input cannot seek.</summary>
    private static Stream NonSeekable(byte[] bytes) => new NonSeekableStream(bytes);

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
