using System.Text;
using ContentKit.Data;
using ContentKit.Tests.Batch;
using ContentKit.Tests.Cli;
using Xunit.Abstractions;

namespace ContentKit.Tests.Corpus;

/// <summary>
/// Small files that unpack or parse into something huge (a 1 GiB shared string, 50 million tiny texts, a property name
/// per JSON object): each stops the read with a message naming the file and the limit, exit 2, no stack trace, and
/// without the memory its content would take. Generated here, never committed. Runs alone for a clean memory peak.
/// </summary>
[Collection(RunsAlone.Name)]
public class ReaderLimitCorpusTests(ITestOutputHelper log)
{
    private const long Megabyte = 1024 * 1024;

    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task An_xlsx_whose_shared_string_inflates_to_1_GiB_exits_2_naming_the_limit()
    {
        var data = GeneratedWorkbook.Write(
            Path.Combine(_folder, "bom-teks.xlsx"),
            w =>
            {
                w.Write("<si><t>judul</t></si><si><t>");
                GeneratedWorkbook.Repeat(w, "a", 1L << 30);
                w.Write("</t></si>");
            },
            w =>
            {
                GeneratedWorkbook.Row(w, 1, 0);
                GeneratedWorkbook.Row(w, 2, 1);
            });
        Assert.True(new FileInfo(data).Length < 5 * Megabyte, "The generated workbook should be small.");

        await AssertRefusedAsync(data, "unpacks to more than 256 MB");
    }

    [Fact]
    public async Task An_xlsx_of_50_million_tiny_strings_exits_2_naming_the_limit()
    {
        var data = GeneratedWorkbook.Write(
            Path.Combine(_folder, "jutaan-teks.xlsx"),
            w => GeneratedWorkbook.Repeat(w, "<si><t>a</t></si>", 50_000_000),
            w => GeneratedWorkbook.Row(w, 1, 0));

        await AssertRefusedAsync(data, "unpacks to more than 256 MB");
    }

    [Fact]
    public async Task A_json_with_a_distinct_property_name_per_object_exits_2_naming_the_limit()
    {
        var data = Path.Combine(_folder, "kunci-unik.json");
        await using (var writer = new StreamWriter(data, false, new UTF8Encoding(false)))
        {
            await writer.WriteAsync("[");
            for (var i = 0; i < 200_000; i++)
            {
                await writer.WriteAsync($"{(i == 0 ? "" : ",")}{{\"judul\":\"Rapat\",\"k{i}\":1}}");
            }

            await writer.WriteAsync("]");
        }

        Assert.True(new FileInfo(data).Length > 5 * Megabyte, "The JSON should be over 5 MB.");
        await AssertRefusedAsync(data, "more than 1,000 columns");
    }

    [Theory]
    [InlineData("en", "besar.xlsx unpacks to more than 1 MB (its part xl/sharedStrings.xml alone declares 2 MB)")]
    [InlineData("id", "besar.xlsx terurai menjadi lebih dari 1 MB (bagian xl/sharedStrings.xml saja menyatakan 2 MB)")]
    public void The_inflated_size_limit_names_the_part_in_either_language(string language, string expected)
    {
        var data = GeneratedWorkbook.Write(
            Path.Combine(_folder, "besar.xlsx"),
            w => GeneratedWorkbook.Repeat(w, "<si><t>a</t></si>", 100_000),
            w => GeneratedWorkbook.Row(w, 1, 0));
        using var ui = language == "id" ? UiLanguage.Indonesian() : UiLanguage.English();

        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(data, new DataReadOptions { MaxInflatedBytes = Megabyte }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "kolom.json has more than 3 columns (in JSON: different property names)")]
    [InlineData("id", "kolom.json memiliki lebih dari 3 kolom (di JSON: nama properti yang berbeda)")]
    public void The_column_limit_names_the_file_in_either_language(string language, string expected)
    {
        var data = Path.Combine(_folder, "kolom.json");
        File.WriteAllText(data, "[{\"a\": 1, \"b\": 2}, {\"c\": 3, \"d\": 4}]");
        using var ui = language == "id" ? UiLanguage.Indonesian() : UiLanguage.English();

        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(data, new DataReadOptions { MaxColumns = 3 }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_shared_texts_than_the_cell_limit_are_refused_while_counting()
    {
        var data = GeneratedWorkbook.Write(
            Path.Combine(_folder, "banyak-teks.xlsx"),
            w => GeneratedWorkbook.Repeat(w, "<si><t>a</t></si>", 1_001),
            w => GeneratedWorkbook.Row(w, 1, 0));

        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(data, new DataReadOptions { MaxCells = 1_000 }));

        Assert.Contains("banyak-teks.xlsx stores more than 1,000 different texts", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "holds a text longer than 32,767 characters (in its part xl/sharedStrings.xml)")]
    [InlineData("id", "memuat teks yang lebih panjang dari 32.767 karakter (di bagian xl/sharedStrings.xml)")]
    public void A_shared_text_longer_than_a_cell_may_hold_is_refused(string language, string expected)
    {
        var data = GeneratedWorkbook.Write(
            Path.Combine(_folder, "teks-panjang.xlsx"),
            w => w.Write($"<si><t>judul</t></si><si><r><t>{new string('a', 20_000)}</t></r><r><t>{new string('b', 20_000)}</t></r></si>"),
            w =>
            {
                GeneratedWorkbook.Row(w, 1, 0);
                GeneratedWorkbook.Row(w, 2, 1);
            });
        using var ui = language == "id" ? UiLanguage.Indonesian() : UiLanguage.English();

        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(data));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("teks-panjang.xlsx", error.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_unpacking_to_more_than_its_declared_size_is_refused()
    {
        var data = GeneratedWorkbook.Write(
            Path.Combine(_folder, "ukuran-palsu.xlsx"),
            w => GeneratedWorkbook.Repeat(w, "<si><t>a</t></si>", 100_000),
            w => GeneratedWorkbook.Row(w, 1, 0));
        GeneratedWorkbook.DeclareSize(data, "xl/sharedStrings.xml", 1_000);

        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(data));

        Assert.Contains("ukuran-palsu.xlsx is damaged: its part xl/sharedStrings.xml does not fit in the 1,000 bytes the file declares for it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_generated_workbook_reads_so_the_refusals_above_are_the_limits()
    {
        var data = GeneratedWorkbook.Write(
            Path.Combine(_folder, "kecil.xlsx"),
            w => w.Write("<si><t>judul</t></si><si><t>Rapat Warga</t></si>"),
            w =>
            {
                GeneratedWorkbook.Row(w, 1, 0);
                GeneratedWorkbook.Row(w, 2, 1);
            });

        var sheet = DataReader.Read(data);

        Assert.Equal("Rapat Warga", Assert.Single(sheet.Rows)["judul"]);
    }

    [Theory]
    [InlineData("en", "A cell in panjang.csv is longer than 32,767 characters")]
    [InlineData("id", "Sebuah sel di panjang.csv lebih panjang dari 32.767 karakter")]
    public void A_csv_cell_longer_than_a_cell_may_hold_stops_the_read_at_its_row_and_column(string language, string expected)
    {
        var data = TestSheet.Write(_folder, "panjang.csv", TestSheet.Row("Rapat"), TestSheet.Row("Rapat", isi: new string('x', 40_000)));
        using var ui = language == "id" ? UiLanguage.Indonesian() : UiLanguage.English();

        var error = Assert.Throws<ContentKitException>(() => DataReader.Read(data));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Location.Row);
        Assert.Equal("F", error.Location.Column);
    }

    private async Task AssertRefusedAsync(string data, string expected)
    {
        var output = Path.Combine(_folder, "out");
        var before = PeakMemory.Reset();

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output);

        var growth = PeakMemory.Read() - before;
        log.WriteLine($"peak grew {growth / Megabyte} MB\n{result}");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(Path.GetFileName(data), result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, ConsoleText.Flatten(result.Error), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.True(growth < 600 * Megabyte, $"peak grew {growth / Megabyte} MB\n{result}");
        OutputFolder.AssertNothingRendered(output, result);
    }
}
