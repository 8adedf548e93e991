using System.Text.Json;

namespace ContentKit.Tests.Cli;

/// <summary><c>contentkit templates show</c> tells one template in full; <c>templates new</c> copies one, sample data and all, to edit.</summary>
public sealed class TemplatesCommandTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task Show_tells_each_field_with_its_type_requirement_length_and_help_and_each_format_with_its_size()
    {
        var result = await Contentkit.RunAsync(["templates", "show", "pengumuman", "--templates", TestPaths.Templates], _ => null, width: 250);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"│ judul +│ text +│ yes +│ +│ 120 +│ Judul kegiatan, sebaiknya 3 sampai 10 kata", result.Output);
        Assert.Matches(@"│ tanggal +│ date +│ yes +│ +│ +│ Tanggal kegiatan, misalnya 17/08/2026", result.Output);
        Assert.Matches(@"│ foto +│ image +│ +│ +│ +│ Foto pendukung", result.Output);
        Assert.Matches(@"│ story +│ 1080×1920 +│ top 190, bottom 255, left 0, right 0 px +│", result.Output);
        Assert.Matches(@"│ landscape +│ 1200×675 +│ +│", result.Output);
        Assert.Contains("Image template · brand kit: kota-blitar · one output per row", result.Output, StringComparison.Ordinal);
        Assert.Contains($"Sample data: {Path.Combine(TestPaths.Samples, "pengumuman.csv")}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_names_a_grouped_templates_binding_and_page_sizes_in_Indonesian()
    {
        var result = await Contentkit.RunAsync(["templates", "show", "agenda", "--templates", TestPaths.Templates, "--lang", "id"], _ => null, width: 250);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("satu hasil per kelompok baris dengan tanggal:week yang sama, diurutkan menurut tanggal; baris per hasil: feed 6", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"│ Isian +│ Jenis +│ Wajib +│", result.Output);
    }

    [Fact]
    public async Task Show_json_is_the_manifest_as_template_json_names_it_with_the_folder_and_the_sample_path()
    {
        var result = await Contentkit.RunAsync(["templates", "show", Path.Combine(TestPaths.Templates, "pengumuman"), "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("pengumuman", root.GetProperty("id").GetString());
        Assert.Equal("row", root.GetProperty("binding").GetString());
        var judul = root.GetProperty("fields")[0];
        Assert.Equal(("judul", "text", true, 120), (judul.GetProperty("name").GetString(), judul.GetProperty("type").GetString(), judul.GetProperty("required").GetBoolean(), judul.GetProperty("max_length").GetInt32()));
        Assert.Equal(["feed 1080×1350", "square 1080×1080", "story 1080×1920", "landscape 1200×675", "a4 2480×3508", "a3 3508×4961", "carousel 1080×1350"], root.GetProperty("formats").EnumerateArray().Select(f => $"{f.GetProperty("name")} {f.GetProperty("width")}×{f.GetProperty("height")}"));
        Assert.Equal(190, root.GetProperty("formats")[2].GetProperty("unsafe").GetProperty("top").GetInt32());
        Assert.Equal(Path.Combine(TestPaths.Templates, "pengumuman"), root.GetProperty("folder").GetString());
        Assert.Equal(Path.Combine(TestPaths.Samples, "pengumuman.csv"), root.GetProperty("sample_path").GetString());
    }

    [Fact]
    public async Task New_copies_a_template_with_its_new_id_and_its_sample_and_the_copy_renders_at_once()
    {
        var result = await NewAsync("pengumuman-dinkes", "--from", "pengumuman", "--out", _folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        var copy = Path.Combine(_folder, "pengumuman-dinkes");
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(copy, "template.json"))))
        {
            Assert.Equal("pengumuman-dinkes", manifest.RootElement.GetProperty("id").GetString());
            Assert.Equal("Pengumuman (pengumuman-dinkes)", manifest.RootElement.GetProperty("title").GetString());
            Assert.Equal("contoh.csv", manifest.RootElement.GetProperty("sample").GetString());
        }

        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.Templates, "pengumuman", "layout.sbn")), File.ReadAllText(Path.Combine(copy, "layout.sbn")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "pengumuman.csv")), File.ReadAllBytes(Path.Combine(copy, "contoh.csv")));
        Assert.Equal(["astronot.jpg", "matahari-pagi.jpg", "sungai.jpg", "taman.jpg"], Directory.GetFiles(Path.Combine(copy, "foto")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"--template {copy} --data {Path.Combine(copy, "contoh.csv")}", result.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_folder, "*.ck-tmp"));

        var output = Path.Combine(_folder, "hasil");
        var render = await Contentkit.RenderAsync("--template", copy, "--data", Path.Combine(copy, "contoh.csv"), "--rows", "2", "--format", "feed", "--out", output);

        Assert.True(render.ExitCode == 0, render.ToString());
        var png = Assert.Single(Directory.GetFiles(output, "*.png"));
        Assert.Equal("002-senam-sehat-bersama-warga-feed.png", Path.GetFileName(png));
    }

    [Fact]
    public async Task New_refuses_a_folder_that_is_already_there_and_writes_nothing()
    {
        var taken = Path.Combine(_folder, "pengumuman-dinkes");
        Directory.CreateDirectory(taken);
        File.WriteAllText(Path.Combine(taken, "catatan.txt"), "milik saya");

        var result = await NewAsync("pengumuman-dinkes", "--from", "pengumuman", "--out", _folder);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"The folder {taken} already exists and is not empty; nothing was written.", result.Error, StringComparison.Ordinal);
        Assert.Equal(["catatan.txt"], Directory.GetFileSystemEntries(taken).Select(Path.GetFileName));
        Assert.Equal([taken], Directory.GetFileSystemEntries(_folder));
    }

    [Theory]
    [InlineData("Pengumuman Dinkes", "pengumuman-dinkes")]
    [InlineData("pengumuman_dinkes", "pengumuman-dinkes")]
    [InlineData("../luar", "luar")]
    public async Task A_name_that_cannot_be_an_id_is_refused_with_an_id_made_from_it(string name, string suggestion)
    {
        var result = await NewAsync(name, "--from", "pengumuman", "--out", _folder);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"'{name}' cannot be a template id. Use lowercase letters and digits with a hyphen between words, starting with a letter, such as '{suggestion}'.", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(_folder)!, "luar")));
    }

    private static Task<CliResult> NewAsync(params string[] args) => Contentkit.RunAsync(["templates", "new", .. args, "--templates", TestPaths.Templates]);
}
