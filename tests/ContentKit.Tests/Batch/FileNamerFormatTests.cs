using ContentKit.Batch;
using ContentKit.Templates;

namespace ContentKit.Tests.Batch;

public sealed class FileNamerFormatTests
{
    private static readonly TemplateManifest Manifest = new()
    {
        Id = "uji",
        Title = "Uji",
        Formats = [new OutputFormat("feed", 1080, 1350)],
        Fields = [new FieldDefinition { Name = "judul" }, new FieldDefinition { Name = "tanggal", Type = FieldType.Date }, new FieldDefinition { Name = "nomor", Type = FieldType.Number }],
    };

    [Theory]
    [InlineData("{tanggal:yyyy-MM-dd}-{judul|slug}", "2026-08-17-senam-pagi.png")]
    [InlineData("{tanggal:dd.MM}-{nomor:000}", "17.08-007.png")]
    [InlineData("{tanggal}-{format}", "2026-08-17-feed.png")]
    public void Name_patterns_format_dates_and_numbers(string pattern, string expected)
    {
        var row = new BoundRow(2, new Dictionary<string, object?> { ["judul"] = "Senam Pagi", ["tanggal"] = new DateTime(2026, 8, 17), ["nomor"] = 7.0 }, []);

        Assert.Equal(expected, new FileNamer(pattern, Manifest).Name(row, "feed", "png"));
    }

    [Fact]
    public void A_format_cannot_put_a_folder_into_the_name()
    {
        var row = new BoundRow(2, new Dictionary<string, object?> { ["tanggal"] = new DateTime(2026, 8, 17) }, []);

        var name = new FileNamer("{tanggal:yyyy/MM/dd}", Manifest).Name(row, "feed", "png");

        Assert.DoesNotContain('/', name);
    }
}
