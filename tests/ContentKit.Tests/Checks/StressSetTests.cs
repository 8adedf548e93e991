using ContentKit.Batch;
using ContentKit.Drawing;
using ContentKit.Templates;
using SkiaSharp;

namespace ContentKit.Tests.Checks;

/// <summary>The stress set <c>contentkit check</c> renders, built from nothing but a manifest's fields.</summary>
public class StressSetTests
{
    private static readonly TemplateLibrary Library = new(TestPaths.Templates);

    [Fact]
    public void A_long_case_fills_the_field_to_its_max_length_and_keeps_the_others_typical()
    {
        var cases = StressSet.Build(Manifest("pengumuman"));

        var judul = Row(cases, "judul: long (120 characters)");
        var typical = Row(cases, "typical values in every field");
        Assert.Equal(120, ((string)judul["judul"]!).Length);
        Assert.Equal(typical["isi"], judul["isi"]);
        Assert.True(((string)typical["judul"]!).Length < 60, (string)typical["judul"]!);
        Assert.Equal(40, ((string)Row(cases, "kontak: long (40 characters)")["kontak"]!).Length);
    }

    [Fact]
    public void Every_text_field_without_a_default_has_a_long_case_and_every_case_one_row_when_bound_per_row()
    {
        var cases = StressSet.Build(Manifest("pengumuman"));

        string[] texts = ["judul", "waktu", "tempat", "penyelenggara", "isi", "kontak"];
        Assert.Equal(texts.Select(t => $"{t}: long"), cases.Select(c => c.Name).Where(n => n.Contains(": long", StringComparison.Ordinal)).Select(n => n[..n.IndexOf('(', StringComparison.Ordinal)].TrimEnd()));
        Assert.All(cases, c => Assert.Single(c.Sheet.Rows));
        Assert.DoesNotContain(cases, c => c.Name.EndsWith(" rows", StringComparison.Ordinal));
    }

    [Fact]
    public void Optional_fields_are_empty_in_their_case_and_required_ones_are_not()
    {
        var row = Row(StressSet.Build(Manifest("pengumuman")), "every optional field empty");

        Assert.NotNull(row["judul"]);
        Assert.IsType<DateTime>(row["tanggal"]);
        Assert.All(["waktu", "tempat", "penyelenggara", "isi", "foto", "kontak", "tautan"], field => Assert.Null(row[field]));
    }

    [Fact]
    public void Each_image_field_gets_a_portrait_a_very_dark_and_a_very_bright_photo()
    {
        var cases = StressSet.Build(Manifest("pengumuman"));

        Assert.Equal(StressPhotos.Portrait, Row(cases, "foto: portrait photo")["foto"]);
        Assert.Equal(StressPhotos.Dark, Row(cases, "foto: very dark photo")["foto"]);
        Assert.Equal(StressPhotos.Bright, Row(cases, "foto: very bright photo")["foto"]);
        Assert.Null(Row(cases, "typical values in every field")["foto"]);
    }

    [Fact]
    public void A_required_image_field_holds_a_photo_in_every_case_so_the_template_can_render_them_all()
    {
        var cases = StressSet.Build(Manifest("dokumentasi"));

        Assert.All(cases, c => Assert.NotNull(c.Sheet.Rows[0]["foto"]));
        Assert.Equal(StressPhotos.Portrait, Row(cases, "every optional field empty")["foto"]);
        Assert.Null(Row(cases, "every optional field empty")["foto_2"]);
        Assert.Equal(StressPhotos.Dark, Row(cases, "foto: very dark photo")["foto"]);
        Assert.Null(Row(cases, "typical values in every field")["foto_2"]);
    }

    [Fact]
    public void A_field_for_an_Arabic_line_gets_Arabic_script_and_the_other_texts_get_emoji()
    {
        var cases = StressSet.Build(Manifest("ucapan"));

        var arab = (string)Row(cases, "arab: long Arabic line (60 characters)")["arab"]!;
        Assert.Equal(60, arab.Length);
        Assert.All(arab, c => Assert.True(c == ' ' || c is >= '\u0600' and <= '\u06FF', $"'{c}' in {arab}"));
        var emoji = Row(cases, "emoji in every text");
        Assert.EndsWith("🎉🙏", (string)emoji["ucapan"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("🎉", (string)emoji["arab"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_template_gets_cases_of_1_and_30_rows_and_keeps_keyword_fields_at_their_default()
    {
        var cases = StressSet.Build(Manifest("angka-kunci"));

        Assert.Single(cases.Single(c => c.Name == "1 row").Sheet.Rows);
        Assert.Equal(30, cases.Single(c => c.Name == "30 rows").Sheet.Rows.Count);
        Assert.Equal(StressSet.TableRows, cases.Single(c => c.Name == "typical values in every field").Sheet.Rows.Count);
        Assert.DoesNotContain(cases, c => c.Name.StartsWith("ikon:", StringComparison.Ordinal) || c.Name.StartsWith("format:", StringComparison.Ordinal));
        Assert.All(cases.SelectMany(c => c.Sheet.Rows), r => Assert.Null(r["ikon"]));
    }

    [Fact]
    public void A_text_field_without_a_max_length_is_a_40_word_title_or_a_400_character_text()
    {
        var manifest = new TemplateManifest
        {
            Id = "bebas",
            Title = "Bebas",
            Formats = [new OutputFormat("feed", 1080, 1350)],
            Fields = [new FieldDefinition { Name = "judul", Required = true }, new FieldDefinition { Name = "isi" }],
        };

        var cases = StressSet.Build(manifest);

        Assert.Equal(40, ((string)Row(cases, "judul: long (40 words)")["judul"]!).Split(' ').Length);
        Assert.Equal(400, ((string)Row(cases, "isi: long (400 characters)")["isi"]!).Length);
    }

    [Fact]
    public void Cases_are_named_in_Indonesian_when_the_UI_speaks_it()
    {
        using var language = UiLanguage.Indonesian();

        var names = StressSet.Build(Manifest("statistik")).Select(c => c.Name).ToList();

        Assert.Contains("wilayah: panjang (40 huruf)", names);
        Assert.Contains("30 baris", names);
        Assert.Contains("semua kolom opsional kosong", names);
    }

    [Fact]
    public void The_stress_photos_are_a_portrait_a_very_dark_and_a_very_bright_picture()
    {
        var folder = TestPaths.NewTempFolder();

        StressPhotos.WriteTo(folder);

        using var portrait = SKBitmap.Decode(Path.Combine(folder, StressPhotos.Portrait));
        Assert.True(portrait.Height > portrait.Width, $"{portrait.Width}×{portrait.Height}");
        Assert.True(Brightness(Path.Combine(folder, StressPhotos.Dark)) < 0.12, "dark");
        Assert.True(Brightness(Path.Combine(folder, StressPhotos.Bright)) > 0.9, "bright");
    }

    /// <summary>The mean brightness (0–1, of the encoded sRGB values weighted as for luminance) of a photo, from a grid of samples.</summary>
    private static double Brightness(string file)
    {
        using var bitmap = SKBitmap.Decode(file);
        var samples = new List<double>();
        for (var y = 0; y < bitmap.Height; y += 40)
        {
            for (var x = 0; x < bitmap.Width; x += 40)
            {
                var c = bitmap.GetPixel(x, y);
                samples.Add(((0.2126 * c.Red) + (0.7152 * c.Green) + (0.0722 * c.Blue)) / 255);
            }
        }

        return samples.Average();
    }

    private static TemplateManifest Manifest(string id) => Library.Load(id).Manifest;

    /// <summary>The first row of the case named <paramref name="name"/>.</summary>
    private static ContentKit.Data.DataRecord Row(IReadOnlyList<StressCase> cases, string name) =>
        Assert.Single(cases, c => c.Name == name).Sheet.Rows[0];
}
