using System.IO.Compression;
using System.Xml.Linq;
using ContentKit.Authoring;
using ContentKit.Data;
using ExcelDataReader;

namespace ContentKit.Tests.Cli;

/// <summary>
/// <c>contentkit sheet</c>: the workbook is read back with ExcelDataReader (another library than the writer) and its XML
/// parts with System.IO.Compression: headings, required marks, notes, the date format and the checks as values are typed.
/// </summary>
public sealed class SheetCommandTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    // ExcelDataReader's configuration falls back to Windows-1252 (for old .xls files), which .NET Core has only from this provider.
    static SheetCommandTests() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Sheet_writes_the_fields_as_headings_with_required_ones_marked_and_a_second_sheet_that_explains()
    {
        var file = Path.Combine(_folder, "x.xlsx");

        var result = await SheetAsync("pengumuman", "-o", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"  contentkit render --data {file} --template pengumuman", result.Output, StringComparison.Ordinal);
        using var stream = File.OpenRead(file);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        Assert.Equal("pengumuman", reader.Name);
        Assert.True(reader.Read());
        Assert.Equal(
            ["judul *", "tanggal *", "waktu", "tempat", "penyelenggara", "isi", "foto", "foto_fokus", "kontak", "tautan"],
            Enumerable.Range(0, reader.FieldCount).Select(reader.GetString));
        Assert.False(reader.Read());

        Assert.True(reader.NextResult());
        Assert.Equal("Instructions", reader.Name);
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString() ?? "")).TrimEnd(' ', '|'));
        }

        Assert.Contains(lines, l => l.StartsWith("Columns in colour marked * must be filled in on every row", StringComparison.Ordinal));
        Assert.Contains("When it is filled in, save it and run: contentkit render --data x.xlsx --template pengumuman", lines);
        Assert.Contains("judul * | yes | text | 120 | Judul kegiatan, sebaiknya 3 sampai 10 kata; judul panjang diperkecil atau dipotong", lines);
        Assert.Contains("tanggal * | yes | date, such as 17/08/2026 |  | Tanggal kegiatan, misalnya 17/08/2026", lines);
    }

    [Fact]
    public async Task Each_heading_has_its_help_as_a_note_and_date_and_text_columns_have_their_format_and_checks()
    {
        var file = Path.Combine(_folder, "x.xlsx");

        var result = await SheetAsync("pengumuman", "-o", file, "--lang", "id");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = ZipFile.OpenRead(file);
        var notes = Part(zip, "xl/comments1.xml").Descendants(Name("comment")).ToDictionary(c => (string)c.Attribute("ref")!, c => c.Value);
        Assert.Equal(["A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1", "J1"], notes.Keys);
        Assert.Equal("Judul kegiatan, sebaiknya 3 sampai 10 kata; judul panjang diperkecil atau dipotong\nteks\nWajib diisi.\nPaling banyak 120 karakter.", notes["A1"]);
        Assert.StartsWith("Tanggal kegiatan, misalnya 17/08/2026\ntanggal, misalnya 17/08/2026\nWajib diisi.", notes["B1"], StringComparison.Ordinal);
        Assert.Equal(10, Part(zip, "xl/drawings/vmldrawing.vml").Descendants().Count(e => e.Name.LocalName == "ClientData" && (string?)e.Attribute("ObjectType") == "Note"));

        var sheet = Part(zip, "xl/worksheets/sheet1.xml");
        Assert.Single(sheet.Descendants(Name("legacyDrawing")));
        var styles = Part(zip, "xl/styles.xml");
        var cellFormats = styles.Descendants(Name("cellXfs")).Single().Elements(Name("xf")).ToList();
        var formatCodes = styles.Descendants(Name("numFmt")).ToDictionary(f => (string)f.Attribute("numFmtId")!, f => (string)f.Attribute("formatCode")!);
        string NumberFormatOf(string column)
        {
            var style = (int)sheet.Descendants(Name("col")).Single(c => (string?)c.Attribute("min") == column).Attribute("style")!;
            var id = (string)cellFormats[style].Attribute("numFmtId")!;
            return formatCodes.GetValueOrDefault(id, id);
        }

        Assert.Equal("dd/mm/yyyy", NumberFormatOf("2"));
        Assert.Equal("49", NumberFormatOf("9"));
        var headingStyle = (int)sheet.Descendants(Name("c")).First(c => (string?)c.Attribute("r") == "A1").Attribute("s")!;
        Assert.Equal("1", (string?)cellFormats[headingStyle].Attribute("applyFill"));

        var checks = sheet.Descendants(Name("dataValidation")).ToDictionary(v => (string)v.Attribute("sqref")!, v => $"{v.Attribute("type")} {v.Attribute("operator")} {v.Element(Name("formula1"))?.Value}: {v.Attribute("error")}");
        Assert.Equal("type=\"date\" operator=\"greaterThanOrEqual\" 1: error=\"Tulis tanggal, misalnya 17/08/2026.\"", checks["B2:B1048576"]);
        Assert.Equal("type=\"textLength\" operator=\"lessThanOrEqual\" 120: error=\"Paling banyak 120 karakter.\"", checks["A2:A1048576"]);
        Assert.Equal("type=\"textLength\" operator=\"lessThanOrEqual\" 40: error=\"Paling banyak 40 karakter.\"", checks["I2:I1048576"]);
        Assert.False(checks.ContainsKey("G2:G1048576"));
    }

    [Fact]
    public async Task Number_columns_are_checked_as_numbers()
    {
        var file = Path.Combine(_folder, "statistik.xlsx");

        var result = await SheetAsync("statistik", "-o", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = ZipFile.OpenRead(file);
        Assert.Contains(Part(zip, "xl/worksheets/sheet1.xml").Descendants(Name("dataValidation")), v => (string?)v.Attribute("type") == "decimal");
    }

    [Fact]
    public void ContentKits_own_reader_reads_a_filled_in_copy_with_its_dates_as_dates()
    {
        var file = Path.Combine(_folder, "terisi.xlsx");
        var template = new ContentKit.Templates.TemplateLibrary(TestPaths.Templates).Load("pengumuman");
        BlankSheet.Write(template.Manifest, file, [
            new Dictionary<string, object?> { ["judul"] = "Senam Sehat Bersama Warga", ["tanggal"] = new DateTime(2026, 7, 5), ["kontak"] = "0342 123 456" },
            new Dictionary<string, object?> { ["judul"] = "Vaksinasi Gratis untuk Lansia", ["tanggal"] = new DateTime(2026, 7, 14), ["waktu"] = "08.00 - 12.00 WIB" },
        ]);

        var sheet = DataReader.Read(file);

        Assert.Equal(2, sheet.Rows.Count);
        Assert.Equal("Senam Sehat Bersama Warga", sheet.Rows[0]["judul"]);
        Assert.Equal(new DateTime(2026, 7, 5), sheet.Rows[0]["tanggal"]);
        Assert.Equal("0342 123 456", sheet.Rows[0]["kontak"]);
        Assert.Equal("08.00 - 12.00 WIB", sheet.Rows[1]["waktu"]);
        Assert.Null(sheet.Rows[1]["foto"]);
    }

    [Fact]
    public async Task Sheet_keeps_an_existing_file_unless_force_and_wants_an_xlsx_name()
    {
        var file = Path.Combine(_folder, "pengumuman.xlsx");
        File.WriteAllText(file, "baris saya");

        var kept = await SheetAsync("pengumuman", "-o", file);
        var notXlsx = await SheetAsync("pengumuman", "-o", Path.Combine(_folder, "isian.csv"));

        Assert.True(kept.ExitCode == 2, kept.ToString());
        Assert.Contains($"{file} is already there; nothing was written. Choose another name with -o, or add --force to replace it.", kept.Error, StringComparison.Ordinal);
        Assert.Equal("baris saya", File.ReadAllText(file));
        Assert.True(notXlsx.ExitCode == 2, notXlsx.ToString());
        Assert.Contains("Give a name such as isian.xlsx.", notXlsx.Error, StringComparison.Ordinal);

        var replaced = await SheetAsync("pengumuman", "-o", file, "--force");

        Assert.True(replaced.ExitCode == 0, replaced.ToString());
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(file)[..2]);
        Assert.Equal(["pengumuman.xlsx"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    private static XName Name(string local) => XName.Get(local, "http://schemas.openxmlformats.org/spreadsheetml/2006/main");

    private static XDocument Part(ZipArchive zip, string name)
    {
        using var stream = (zip.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"The workbook has no {name}: {string.Join(", ", zip.Entries.Select(e => e.FullName))}")).Open();
        return XDocument.Load(stream);
    }

    private static Task<CliResult> SheetAsync(params string[] args) => Contentkit.RunAsync(["sheet", .. args, "--templates", TestPaths.Templates]);
}
