using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

/// <summary><c>--lang id|en</c>: every message of a run in Indonesian or English, the default from the environment.</summary>
public class LanguageTests
{
    private const int Wide = 1000;

    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task Validate_lists_every_mistake_in_Indonesian_with_lang_id()
    {
        var sheet = MistakesSheet.Write(_folder);

        var result = await ValidateAsync(sheet, "--lang", "id");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Error);
        var rows = ConsoleTable.Rows(DataTable(result.Output));
        Assert.Equal(["Baris", "Kolom", "Nilai", "Masalah", "Perbaikan"], rows[0]);
        Assert.Equal(MistakesSheet.Expected, rows.Skip(1).Select(r => (r[0], r[1])));
        Assert.Contains(
            ["3", "judul", "", "'judul' wajib diisi, tetapi kosong.", "Isi sel tersebut. (Judul kegiatan, sebaiknya 3 sampai 10 kata; judul panjang diperkecil atau dipotong)"], rows);
        Assert.Contains(["4", "tanggal", "31/02/2026", "'31/02/2026' bukan tanggal yang valid.", "Tulis seperti 17/08/2026 (hari/bulan/tahun), atau jadikan sel bertipe tanggal."], rows);
        Assert.Contains(["5", "tempat", MistakesSheet.LongPlace[..59] + "…", "'tempat' berisi 95 karakter, sedangkan templat mengizinkan paling banyak 90.", "Pendekkan teksnya."], rows);
        Assert.Contains(["6", "tautan", "blitarkota go id", "'blitarkota go id' bukan alamat web yang valid.", "Tulis seperti blitarkota.go.id/layanan."], rows);
        var photo = Assert.Single(rows, r => r[0] == "7");
        Assert.StartsWith("Gambar 'foto/hilang.jpg' tidak ada (dicari di ", photo[3], StringComparison.Ordinal);
        Assert.Equal("Periksa nama berkasnya, dan simpan foto di folder lembar kerja atau subfoldernya.", photo[4]);
        Assert.Contains(
            ["8", "judul", "Huruf \uE000 pribadi", "'judul' memuat karakter yang tidak dapat digambar oleh fon bawaan mana pun: U+E000.", "Hapus atau ganti karakter itu; karakter itu akan tercetak sebagai kotak kosong."],
            rows);
        Assert.Contains("6 masalah di kesalahan.csv untuk templat 'pengumuman', pada 6 dari 7 baris. Perbaiki semuanya, lalu jalankan validate lagi.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_lists_every_mistake_in_English_with_lang_en()
    {
        var sheet = MistakesSheet.Write(_folder);

        // --lang wins over an Indonesian system.
        var result = await ValidateAsync(sheet, environment: Variables(("LANG", "id_ID.UTF-8")), "--lang", "en");

        Assert.True(result.ExitCode == 1, result.ToString());
        var rows = ConsoleTable.Rows(DataTable(result.Output));
        Assert.Equal(["Row", "Column", "Value", "Problem", "Fix"], rows[0]);
        Assert.Equal(MistakesSheet.Expected, rows.Skip(1).Select(r => (r[0], r[1])));
        Assert.Contains(["3", "judul", "", "'judul' is required but empty.", "Fill it in. (Judul kegiatan, sebaiknya 3 sampai 10 kata; judul panjang diperkecil atau dipotong)"], rows);
        Assert.Contains(["4", "tanggal", "31/02/2026", "'31/02/2026' is not a date.", "Write it like 17/08/2026 (day/month/year) or make it a date cell."], rows);
        Assert.Contains(["5", "tempat", MistakesSheet.LongPlace[..59] + "…", "'tempat' has 95 characters; the template allows at most 90.", "Shorten it."], rows);
        Assert.Contains(["6", "tautan", "blitarkota go id", "'blitarkota go id' is not a web address.", "Write it like blitarkota.go.id/layanan."], rows);
        var photo = Assert.Single(rows, r => r[0] == "7");
        Assert.StartsWith("Image 'foto/hilang.jpg' does not exist (looked for ", photo[3], StringComparison.Ordinal);
        Assert.Equal("Check the file name, and keep the photo in the spreadsheet's folder or a folder inside it.", photo[4]);
        Assert.Contains(["8", "judul", "Huruf \uE000 pribadi", "'judul' has a character no bundled font can draw: U+E000.", "Remove or replace it; it would print as an empty box."], rows);
        Assert.Contains("6 problems in kesalahan.csv for 'pengumuman', in 6 of 7 rows. Fix them and run validate again.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_lang_an_Indonesian_system_gets_Indonesian()
    {
        var result = await Contentkit.RunAsync(["validate", "--templates", TestPaths.Templates], Variables(("LANG", "id_ID.UTF-8")));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("kesalahan: Opsi '--template' wajib diisi.\nkesalahan: Opsi '--data' wajib diisi.\nJalankan 'contentkit --help' untuk melihat cara pemakaian.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("C.UTF-8")]
    [InlineData(null)]
    public async Task Without_lang_any_other_system_gets_English(string? lang)
    {
        var result = await Contentkit.RunAsync(["validate", "--templates", TestPaths.Templates], Variables(("LANG", lang)));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("error: Option '--template' is required.\nerror: Option '--data' is required.\nRun 'contentkit --help' for usage.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task An_unknown_lang_is_a_usage_error_naming_the_languages()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));

        var result = await ValidateAsync(data, "--lang", "xx");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: --lang 'xx' is not a language ContentKit speaks; use id (Bahasa Indonesia) or en (English).", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Lang_changes_the_messages_not_how_the_data_is_read()
    {
        // The sample's dates are written day first (17/08/2026); they stay dates whatever language the messages are in.
        string[] args = ["validate", "--data", Path.Combine(TestPaths.Samples, "pengumuman.csv"), "--template", "pengumuman", "--templates", TestPaths.Templates];

        var english = await Contentkit.RunAsync([.. args, "--lang", "en"], _ => null, Wide);
        var indonesian = await Contentkit.RunAsync([.. args, "--lang", "id"], _ => null, Wide);

        // The sample has neither data problems nor design-check findings: the verdict in each language, and the same exit.
        Assert.StartsWith("No problems: 7 rows of pengumuman.csv are ready to render with 'pengumuman'.", english.Output, StringComparison.Ordinal);
        Assert.StartsWith("Tidak ada masalah: 7 baris di pengumuman.csv siap dibuat dengan templat", indonesian.Output, StringComparison.Ordinal);
        Assert.Equal((0, 0), (english.ExitCode, indonesian.ExitCode));
    }

    [Fact]
    public async Task Runs_side_by_side_in_one_process_each_keep_their_language()
    {
        var sheet = MistakesSheet.Write(_folder);

        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => ValidateAsync(sheet, "--lang", i % 2 == 0 ? "id" : "en")));

        for (var i = 0; i < runs.Length; i++)
        {
            var header = ConsoleTable.Rows(runs[i].Output)[0];
            Assert.Equal(i % 2 == 0 ? "Masalah" : "Problem", header[3]);
        }
    }

    [Fact]
    public async Task Render_speaks_the_chosen_language_in_its_summary_report_html_and_report_json_messages()
    {
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"), TestSheet.Row("Tanggal salah", tanggal: "31/02/2026"));
        var output = Path.Combine(_folder, "hasil");

        var result = await Contentkit.RunAsync(
            ["render", "--data", data, "--template", "pengumuman", "--out", output, "--templates", TestPaths.Templates, "--lang", "id", "--jobs", "1"], _ => null, Wide);

        Assert.True(result.ExitCode == 1, result.ToString());
        var rows = ConsoleTable.Rows(result.Output);
        Assert.Equal(["Baris", "Status", "Berkas / pesan"], rows[0]);
        var keyed = rows.Skip(1).Where(r => r[0].Length > 0).ToList();
        Assert.Equal(["2", "3"], keyed.Select(r => r[0]));
        Assert.StartsWith("berhasil", keyed[0][1], StringComparison.Ordinal);
        Assert.Equal("gagal", keyed[1][1]);
        Assert.Contains("1 dibuat, 0 dilewati (tidak berubah), 1 gagal, 1 berkas di ", result.Output, StringComparison.Ordinal);

        var json = await File.ReadAllTextAsync(Path.Combine(output, "report.json"));
        Assert.Contains("\"status\": \"failed\"", json, StringComparison.Ordinal);
        Assert.Contains("agenda.csv, baris 3, kolom 'tanggal': '31/02/2026' bukan tanggal yang valid. Tulis seperti 17/08/2026", json, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"));
        Assert.Contains("<html lang=\"id\">", html, StringComparison.Ordinal);
        Assert.Contains("Baris gagal", html, StringComparison.Ordinal);
    }

    private static Task<CliResult> ValidateAsync(string data, params string[] args) => ValidateAsync(data, _ => null, args);

    /// <summary>The output before the design check's table (validate prints the data's problems first).</summary>
    private static string DataTable(string output) => output.Split(["Design check of the outputs", "Pemeriksaan desain keluaran"], 2, StringSplitOptions.None)[0];

    private static Task<CliResult> ValidateAsync(string data, Func<string, string?> environment, params string[] args) =>
        Contentkit.RunAsync(["validate", "--data", data, "--template", "pengumuman", "--templates", TestPaths.Templates, .. args], environment, Wide);

    private static Func<string, string?> Variables(params (string Name, string? Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    /// <summary>A <c>pengumuman</c> sheet with one kind of mistake per row after a good one, in <c>data/kesalahan.csv</c>.</summary>
    private static class MistakesSheet
    {
        /// <summary>95 characters; <c>tempat</c> allows 90.</summary>
        public static readonly string LongPlace = "Gedung Kesenian " + new string('x', 79);

        public static readonly IReadOnlyList<(string Row, string Column)> Expected =
            [("3", "judul"), ("4", "tanggal"), ("5", "tempat"), ("6", "tautan"), ("7", "foto"), ("8", "judul")];

        public static string Write(string folder)
        {
            var data = Path.Combine(folder, "data");
            string[] badAddress = TestSheet.Row("Alamat salah");
            badAddress[^1] = "blitarkota go id";
            return TestSheet.Write(
                data,
                "kesalahan.csv",
                TestSheet.Row("Senam Sehat Bersama Warga", foto: TestSheet.AddPhoto(data)),
                TestSheet.Row(""),
                TestSheet.Row("Tanggal salah", tanggal: "31/02/2026"),
                TestSheet.Row("Tempat terlalu panjang", tempat: LongPlace),
                badAddress,
                TestSheet.Row("Foto hilang", foto: "foto/hilang.jpg"),
                TestSheet.Row("Huruf \uE000 pribadi"));
        }
    }
}
