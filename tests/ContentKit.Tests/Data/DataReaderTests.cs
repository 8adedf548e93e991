using System.IO.Compression;
using ContentKit.Data;

namespace ContentKit.Tests.Data;

public class DataReaderTests
{
    [Fact]
    public void Missing_file_is_an_error_naming_it()
    {
        var path = TestData.Fixture("tidak-ada.csv");

        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(path));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.Location.File);
    }

    [Fact]
    public void Empty_workbook_file_is_an_error()
    {
        using var stream = new MemoryStream();

        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(stream, "kosong.xlsx"));

        Assert.Equal("There is no header row in kosong.xlsx: it is empty. Put the column names in the first row and one item per row below them.", error.Message);
    }

    [Fact]
    public void File_larger_than_the_limit_is_refused()
    {
        var options = new DataReadOptions { MaxFileBytes = 100 };

        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(TestData.Fixture("agenda-id.csv"), options));

        Assert.Contains("larger than 100 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_past_the_limit_are_refused_naming_the_first_extra_row()
    {
        var options = new DataReadOptions { MaxRows = 2 };

        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(TestData.Fixture("agenda.xlsx"), options));

        Assert.Equal(5, error.Location.Row);
        Assert.Contains("more than 2 data rows in sheet 'Agenda' of agenda.xlsx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stream_that_cannot_seek_is_read()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        using (var file = File.OpenRead(TestData.Fixture("agenda.xlsx")))
        {
            file.CopyTo(gzip);
        }

        compressed.Position = 0;
        using var stream = new GZipStream(compressed, CompressionMode.Decompress);

        var sheet = DataReader.Read(stream, "unduhan/agenda.xlsx");

        Assert.Equal("unduhan/agenda.xlsx", sheet.SourcePath);
        Assert.Equal(3, sheet.Rows.Count);
    }

    [Fact]
    public void Stream_that_cannot_seek_is_refused_past_the_size_limit()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(new byte[1000]);
        }

        compressed.Position = 0;
        using var stream = new GZipStream(compressed, CompressionMode.Decompress);

        Assert.Throws<ContentKitException>(() => DataReader.Read(stream, "besar.csv", new DataReadOptions { MaxFileBytes = 999 }));
    }

    [Fact]
    public void Source_path_is_the_path_as_given()
    {
        var path = TestData.Fixture("agenda-id.csv");

        Assert.Equal(path, DataReader.Read(path).SourcePath);
    }
}
