using ContentKit.Batch;
using ContentKit.Data;
using ContentKit.Templates;
using SkiaSharp;

namespace ContentKit.Tests.Batch;

/// <summary><see cref="SheetValidator"/> called directly: every problem a render would hit, with its row, column, value and fix.</summary>
public sealed class SheetValidatorTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder();
    private readonly TemplateLibrary _library = new(TestPaths.Templates);
    private readonly Renderer _renderer;

    public SheetValidatorTests()
    {
        _renderer = new Renderer(_library, _library.Load("pengumuman"), new RenderOptions { DataFolder = Path.Combine(_folder, "data") });
    }

    public void Dispose() => _renderer.Dispose();

    [Fact]
    public void Validate_lists_every_mistake_with_its_row_and_column_in_sheet_order()
    {
        var sheet = MistakesSheet.Write(_folder);

        var problems = DataProblems(_renderer, DataReader.Read(sheet), ["feed"]);

        Assert.Equal(MistakesSheet.Expected, problems.Select(p => (p.Row, p.Column)).ToList());
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message) || string.IsNullOrWhiteSpace(p.Hint), p.ToString()));
    }

    [Fact]
    public void Each_problem_shows_the_cell_as_written_and_splits_what_is_wrong_from_the_fix()
    {
        var problems = DataProblems(_renderer, DataReader.Read(MistakesSheet.Write(_folder)), ["feed"]);

        var date = problems.Single(p => p.Row == MistakesSheet.ImpossibleDate);
        Assert.Equal(("31/02/2026", "'31/02/2026' is not a date."), (date.Value, date.Message));
        Assert.StartsWith("Write it like 17/08/2026", date.Hint, StringComparison.Ordinal);

        var tooLong = problems.Single(p => p.Row == MistakesSheet.TooLong);
        Assert.Equal(60, tooLong.Value!.Length);
        Assert.EndsWith("…", tooLong.Value, StringComparison.Ordinal);
        Assert.Equal("Shorten it.", tooLong.Hint);

        Assert.Equal("../outside.jpg", problems.Single(p => p.Row == MistakesSheet.PhotoOutside).Value);
        Assert.StartsWith("Put the image", problems.Single(p => p.Row == MistakesSheet.PhotoOutside).Hint, StringComparison.Ordinal);
        Assert.StartsWith("Use JPEG", problems.Single(p => p.Row == MistakesSheet.CorruptPhoto).Hint, StringComparison.Ordinal);
        Assert.Null(problems.Single(p => p.Row == MistakesSheet.TooManyCells).Value);
    }

    [Fact]
    public void A_character_no_bundled_font_has_is_named_by_its_code_point()
    {
        var problems = DataProblems(_renderer, DataReader.Read(MistakesSheet.Write(_folder)), ["feed"]);

        var missing = problems.Where(p => p.Row == MistakesSheet.UndrawableCharacters).ToList();
        Assert.Contains("U+E000", missing.Single(p => p.Column == "judul").Message, StringComparison.Ordinal);
        Assert.Contains("U+10FFFD", missing.Single(p => p.Column == "tempat").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_photo_narrower_than_half_the_widest_format_is_a_blurry_photo_warning()
    {
        var problems = DataProblems(_renderer, DataReader.Read(MistakesSheet.Write(_folder)), ["square", "landscape"]);

        var tiny = problems.Single(p => p.Row == MistakesSheet.TinyPhoto);
        Assert.Equal("foto/kecil.jpg is 400 px wide; the landscape format is 1200 px, so it will look blurry.", tiny.Message);
        Assert.Equal("Use a photo at least 600 px wide.", tiny.Hint);
    }

    [Fact]
    public void A_photo_that_does_not_exist_is_its_cells_problem_saying_where_it_was_looked_for()
    {
        var data = TestSheet.Write(Path.Combine(_folder, "data"), "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga", foto: "foto/hilang.jpg"));

        var problem = Assert.Single(DataProblems(_renderer, DataReader.Read(data), []));

        Assert.Equal((2, "foto", "foto/hilang.jpg"), (problem.Row, problem.Column, problem.Value));
        Assert.Equal($"Image 'foto/hilang.jpg' does not exist (looked for {Path.Combine(_folder, "data", "foto", "hilang.jpg")}).", problem.Message);
        Assert.StartsWith("Check the file name", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Emoji_arabic_and_indonesian_text_are_all_drawable()
    {
        var data = TestSheet.Write(Path.Combine(_folder, "data"), "agenda.csv", TestSheet.Row("Selamat Idul Fitri 🎉 عيد مبارك", tempat: "Taman Pecut ❤️ Kota Blitar"));

        Assert.Empty(DataProblems(_renderer, DataReader.Read(data), []));
    }

    [Fact]
    public void A_missing_required_column_is_one_problem_for_the_whole_sheet_not_one_per_row()
    {
        string[] header = ["judul", "waktu", "tempat"];
        var data = TestSheet.WriteWithHeader(
            Path.Combine(_folder, "data"), "agenda.csv", header, ["Senam Sehat Bersama Warga", "06.00 WIB", "Alun-alun"], ["Pelayanan KTP Keliling", "08.00 WIB", "Kecamatan Sananwetan"]);

        var problem = Assert.Single(DataProblems(_renderer, DataReader.Read(data), []));

        Assert.Equal((null, "tanggal"), (problem.Row, problem.Column));
        Assert.Contains("judul, waktu, tempat", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_problem_that_suggests_the_nearest_name()
    {
        var data = TestSheet.Write(Path.Combine(_folder, "data"), "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"));

        var problem = Assert.Single(DataProblems(_renderer, DataReader.Read(data), ["feed", "strory"]));

        Assert.Equal((null, null, "strory"), (problem.Row, problem.Column, problem.Value));
        Assert.Contains("Did you mean 'story'?", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>What validate says about the data itself; the design check's findings on the painted outputs are tested in Checks/.</summary>
    private static List<ValidationProblem> DataProblems(Renderer renderer, DataSheet sheet, IEnumerable<string> formats) =>
        [.. SheetValidator.Validate(renderer, sheet, formats).Where(p => p.Finding is null)];

    public static TheoryData<string> TemplateIds() => [.. new TemplateLibrary(TestPaths.Templates).TemplateIds()];

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Every_template_sample_has_valid_data_in_every_format(string id)
    {
        var template = _library.Load(id);
        var sample = Path.GetFullPath(Path.Combine(template.Folder, template.Manifest.Sample!));
        using var renderer = new Renderer(_library, template, new RenderOptions { DataFolder = Path.GetDirectoryName(sample) });

        var problems = DataProblems(renderer, DataReader.Read(sample), template.Manifest.Formats.Select(f => f.Name));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// A <c>pengumuman</c> sheet with one kind of mistake per row (and one good row), in <c>data/</c> of a folder that
    /// also holds <c>outside.jpg</c>; its photos are in <c>data/foto/</c>.
    /// </summary>
    internal static class MistakesSheet
    {
        // Spreadsheet row numbers (the header is row 1).
        public const int Good = 2;
        public const int EmptyTitle = 3;
        public const int ImpossibleDate = 4;
        public const int TooLong = 5;
        public const int PhotoOutside = 6;
        public const int CorruptPhoto = 7;
        public const int UndrawableCharacters = 8;
        public const int TooManyCells = 9;
        public const int TinyPhoto = 10;

        public static readonly IReadOnlyList<(int? Row, string? Column)> Expected =
        [
            (EmptyTitle, "judul"),
            (ImpossibleDate, "tanggal"),
            (TooLong, "isi"),
            (PhotoOutside, "foto"),
            (CorruptPhoto, "foto"),
            (UndrawableCharacters, "judul"),
            (UndrawableCharacters, "tempat"),
            (TooManyCells, null),
            (TinyPhoto, "foto"),
        ];

        /// <summary>Writes the folder and returns the path of <c>data/mistakes.csv</c>.</summary>
        public static string Write(string folder)
        {
            var data = Path.Combine(folder, "data");
            File.Copy(Path.Combine(TestPaths.Samples, "foto", "bunga.jpg"), Path.Combine(folder, "outside.jpg"), overwrite: true);
            var photo = TestSheet.AddPhoto(data);
            File.WriteAllBytes(Path.Combine(data, "foto", "rusak.jpg"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))]);
            File.WriteAllBytes(Path.Combine(data, "foto", "kecil.jpg"), Jpeg(400, 300));

            return TestSheet.Write(
                data,
                "mistakes.csv",
                TestSheet.Row("Senam Sehat Bersama Warga", foto: photo),
                TestSheet.Row(""),
                TestSheet.Row("Tanggal salah", tanggal: "31/02/2026"),
                TestSheet.Row("Keterangan terlalu panjang", isi: string.Concat(Enumerable.Repeat("Warga diharap hadir tepat waktu. ", 15))),
                TestSheet.Row("Foto di luar folder", foto: "../outside.jpg"),
                TestSheet.Row("Foto rusak", foto: "foto/rusak.jpg"),
                TestSheet.Row("Huruf \uE000 pribadi", tempat: "Taman \U0010FFFD Pecut"),
                [.. TestSheet.Row("Sel terlalu banyak"), "ekstra"],
                TestSheet.Row("Foto kecil", foto: "foto/kecil.jpg"));
        }

        private static byte[] Jpeg(int width, int height)
        {
            using var bitmap = new SKBitmap(width, height);
            bitmap.Erase(new SKColor(0x0E, 0x5E, 0x4A));
            using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
            return data.ToArray();
        }
    }
}
