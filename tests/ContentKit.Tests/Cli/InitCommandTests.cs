using System.Buffers.Binary;
using System.Diagnostics;
using ContentKit.Data;
using ExcelDataReader;

namespace ContentKit.Tests.Cli;

/// <summary><c>contentkit init</c>: a starter folder an admin fills in and renders with the one command it prints.</summary>
public sealed class InitCommandTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    static InitCommandTests() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Init_demo_then_the_printed_command_run_inside_demo_renders_its_example_rows()
    {
        // The real program with its built-in templates and samples, as an admin runs it: no --templates.
        var init = await RunAsync(_folder, "init", "demo");

        Assert.True(init.ExitCode == 0, init.ToString());
        var printed = init.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("  contentkit ", StringComparison.Ordinal)).ToList();
        var command = Assert.Single(printed).Trim().Split(' ');
        Assert.Contains("  cd demo", init.Output, StringComparison.Ordinal);

        var demo = Path.Combine(_folder, "demo");
        var render = await RunAsync(demo, command[1..]);

        Assert.True(render.ExitCode == 0, render.ToString());
        var pngs = Directory.GetFiles(Path.Combine(demo, "hasil"), "*.png").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["002-senam-sehat-bersama-warga-feed.png", "003-vaksinasi-gratis-untuk-lansia-feed.png"], pngs);
        foreach (var png in pngs)
        {
            var header = File.ReadAllBytes(Path.Combine(demo, "hasil", png!))[..24];
            Assert.Equal((1080, 1350), (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20))));
        }
    }

    [Fact]
    public async Task The_starter_folder_holds_the_workbook_and_the_same_rows_as_csv_a_sample_photo_and_an_Indonesian_read_me()
    {
        var folder = Path.Combine(_folder, "konten");

        var result = await Contentkit.RunAsync(["init", folder, "--templates", TestPaths.Templates]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["BACA-SAYA.md", "foto", "pengumuman.csv", "pengumuman.xlsx"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "foto", "taman.jpg")), File.ReadAllBytes(Path.Combine(folder, "foto", "taman.jpg")));
        Assert.True(File.Exists(Path.Combine(folder, "foto", "ATTRIBUTION.md")));

        using (var stream = File.OpenRead(Path.Combine(folder, "pengumuman.xlsx")))
        using (var reader = ExcelReaderFactory.CreateReader(stream))
        {
            Assert.True(reader.Read());
            Assert.Equal("judul *", reader.GetString(0));
            Assert.True(reader.Read());
            Assert.Equal(("Senam Sehat Bersama Warga", new DateTime(2026, 7, 5), "foto/taman.jpg"), (reader.GetString(0), reader.GetDateTime(1), reader.GetString(6)));
            Assert.True(reader.Read());
            Assert.Equal("Vaksinasi Gratis untuk Lansia", reader.GetString(0));
            Assert.False(reader.Read());
        }

        var workbook = DataReader.Read(Path.Combine(folder, "pengumuman.xlsx"));
        var csv = DataReader.Read(Path.Combine(folder, "pengumuman.csv"));
        Assert.Equal(workbook.Columns, csv.Columns);
        Assert.Equal(2, csv.Rows.Count);
        for (var row = 0; row < 2; row++)
        {
            foreach (var (column, value) in workbook.Rows[row].Values)
            {
                var cell = csv.Rows[row].Values[column];
                Assert.Equal(value is DateTime date ? date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : value, cell);
            }
        }

        var readMe = File.ReadAllText(Path.Combine(folder, "BACA-SAYA.md"));
        Assert.Contains($"    contentkit render --data pengumuman.xlsx --template pengumuman --templates {TestPaths.Templates} --out hasil\n", readMe, StringComparison.Ordinal);
        Assert.Contains("- **judul** (wajib): Judul kegiatan", readMe, StringComparison.Ordinal);
        Assert.Contains("Satu baris menjadi satu gambar", readMe, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_refuses_a_folder_with_anything_in_it_and_leaves_it_as_it_was()
    {
        var folder = Path.Combine(_folder, "konten");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "agenda.xlsx"), "data saya");

        var result = await Contentkit.RunAsync(["init", folder, "--templates", TestPaths.Templates, "--lang", "id"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"Folder {folder} sudah ada dan tidak kosong; tidak ada yang ditulis.", result.Error, StringComparison.Ordinal);
        Assert.Equal(["agenda.xlsx"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        Assert.Equal([folder], Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public async Task Init_for_a_whole_table_template_says_all_rows_make_one_output_and_its_rows_validate()
    {
        var folder = Path.Combine(_folder, "statistik");

        var result = await Contentkit.RunAsync(["init", folder, "--template", "statistik", "--templates", TestPaths.Templates]);
        var validate = await Contentkit.RunAsync(["validate", "--data", Path.Combine(folder, "statistik.xlsx"), "--template", "statistik", "--templates", TestPaths.Templates]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Semua baris bersama menjadi satu gambar", File.ReadAllText(Path.Combine(folder, "BACA-SAYA.md")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "foto")));
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public async Task A_folder_that_cannot_be_made_is_one_clear_error_not_a_crash()
    {
        var file = Path.Combine(_folder, "catatan.txt");
        File.WriteAllText(file, "bukan folder");

        var result = await Contentkit.RunAsync(["init", Path.Combine(file, "konten"), "--templates", TestPaths.Templates]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith($"error: Could not write '{Path.Combine(file, "konten")}': ", result.Error, StringComparison.Ordinal);
        Assert.Equal([file], Directory.GetFileSystemEntries(_folder));
    }

    public static TheoryData<string> BuiltInTemplates() => [.. new ContentKit.Templates.TemplateLibrary(TestPaths.Templates).TemplateIds()];

    [Theory]
    [MemberData(nameof(BuiltInTemplates))]
    public async Task Every_built_in_template_starts_a_folder_whose_example_rows_have_every_required_field(string template)
    {
        var folder = Path.Combine(_folder, template);

        var result = await Contentkit.RunAsync(["init", folder, "--template", template, "--templates", TestPaths.Templates]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var manifest = new ContentKit.Templates.TemplateLibrary(TestPaths.Templates).Load(template).Manifest;
        var sheet = DataReader.Read(Path.Combine(folder, template + ".xlsx"));
        Assert.Equal(2, sheet.Rows.Count);
        Assert.All(manifest.Fields.Where(f => f.Required), field => Assert.All(sheet.Rows, row => Assert.NotNull(row[field.Name])));
        Assert.All(
            sheet.Rows.SelectMany(r => r.Values.Values).OfType<string>()
                .SelectMany(v => v.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) // list cells name several
                .Where(v => v.StartsWith("foto/", StringComparison.Ordinal)),
            photo => Assert.True(File.Exists(Path.Combine(folder, photo)), photo));
    }

    [Fact]
    public async Task A_template_without_sample_data_is_refused_with_what_to_add()
    {
        var template = Path.Combine(_folder, "tanpa-contoh");
        Directory.CreateDirectory(template);
        File.Copy(Path.Combine(TestPaths.Templates, "pengumuman", "layout.sbn"), Path.Combine(template, "layout.sbn"));
        var manifest = File.ReadAllLines(Path.Combine(TestPaths.Templates, "pengumuman", "template.json")).Where(l => !l.Contains("\"sample\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(template, "template.json"), string.Join("\n", manifest).Replace("],\n}", "]\n}", StringComparison.Ordinal).Replace("\"id\": \"pengumuman\"", "\"id\": \"tanpa-contoh\"", StringComparison.Ordinal));
        var folder = Path.Combine(_folder, "konten");

        var result = await Contentkit.RunAsync(["init", folder, "--template", template, "--templates", TestPaths.Templates]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Template 'tanpa-contoh' has no sample data to start a folder from", result.Error, StringComparison.Ordinal);
        Assert.Contains("Add \"sample\": \"contoh.csv\" with a few rows to its template.json", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    private static async Task<CliResult> RunAsync(string workingFolder, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "ContentKit.Cli"), args)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("CONTENTKIT_TEMPLATES");
        start.Environment["CONTENTKIT_LANG"] = "en";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await output, await error);
    }
}
