using ContentKit.Tests.Templates;

namespace ContentKit.Tests.Cli;

/// <summary>
/// <c>--unit FOLDER</c> on render, validate and check: a bad unit stops the run before anything is drawn (exit 2, in
/// either language), the unit changes no file name, and the output cache renders again when unit.json or a logo changes.
/// </summary>
public sealed class UnitOptionTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    [Theory]
    [InlineData("render")]
    [InlineData("validate")]
    [InlineData("check")]
    public async Task A_unit_json_with_a_misspelt_key_stops_the_command_with_exit_2_naming_the_line(string command)
    {
        var unit = CopyOfSampleUnit();
        File.WriteAllText(Path.Combine(unit, "unit.json"), "{\n  \"name\": \"Kecamatan Sukorejo\",\n  \"sosial\": [\"@kecamatansukorejo\"]\n}\n");
        string[] data = ["--data", Path.Combine(TestPaths.Samples, "pengumuman.csv"), "--template", "pengumuman"];
        string[] args = command switch
        {
            "check" => ["check", "pengumuman"],
            "validate" => ["validate", .. data],
            _ => ["render", .. data, "--out", Path.Combine(_folder, "out")],
        };

        var result = await Contentkit.RunAsync([.. args, "--unit", unit, "--templates", TestPaths.Templates]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"{Path.Combine(unit, "unit.json")}:3: unit.json has no key 'sosial'. Did you mean 'social'?", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "out", "report.json")));
    }

    [Fact]
    public async Task A_unit_folder_that_does_not_exist_is_named_in_indonesian()
    {
        var missing = Path.Combine(_folder, "kecamatan-kepanjenkidul");

        var result = await Contentkit.RenderAsync("--data", Path.Combine(TestPaths.Samples, "pengumuman.csv"), "--template", "pengumuman", "--unit", missing, "--out", Path.Combine(_folder, "out"), "--lang", "id");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"Folder unit '{missing}' tidak ada; berikan folder yang berisi unit.json dan logonya.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_changes_no_file_name_and_no_row_status()
    {
        string[] args = ["--data", Path.Combine(TestPaths.Samples, "agenda.csv"), "--template", "agenda", "--format", "feed,landscape"];

        var city = await Contentkit.RenderAsync([.. args, "--out", Path.Combine(_folder, "city")]);
        var unit = await Contentkit.RenderAsync([.. args, "--out", Path.Combine(_folder, "unit"), "--unit", UnitProfileTests.SampleUnit]);

        Assert.True(city.ExitCode == 0, city.ToString());
        Assert.True(unit.ExitCode == 0, unit.ToString());
        var cityRows = ReportFile.Read(Path.Combine(_folder, "city"));
        var unitRows = ReportFile.Read(Path.Combine(_folder, "unit"));
        Assert.Equal(cityRows.Select(r => (r.Row, r.Status, string.Join(",", r.Outputs))), unitRows.Select(r => (r.Row, r.Status, string.Join(",", r.Outputs))));
        Assert.All(unitRows, r => Assert.Empty(r.Checks.SelectMany(c => c.Findings)));
        var image = Path.Combine(_folder, "unit", unitRows[0].Outputs[0]);
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(_folder, "city", cityRows[0].Outputs[0])), File.ReadAllBytes(image));
    }

    [Fact]
    public async Task Editing_unit_json_or_replacing_a_logo_renders_again_and_nothing_else_does()
    {
        var unit = CopyOfSampleUnit();
        var output = Path.Combine(_folder, "out");
        async Task<string> Render()
        {
            var result = await Contentkit.RenderAsync("--data", Path.Combine(TestPaths.Samples, "pengumuman.csv"), "--template", "pengumuman", "--rows", "2", "--unit", unit, "--out", output);
            Assert.True(result.ExitCode == 0, result.ToString());
            return ReportFile.Read(output).Single().Status;
        }

        Assert.Equal("ok", await Render());
        Assert.Equal("skipped", await Render());

        File.WriteAllText(Path.Combine(unit, "unit.json"), File.ReadAllText(Path.Combine(unit, "unit.json")).Replace("@kecamatansukorejo", "@sukorejo.blitar", StringComparison.Ordinal));
        Assert.Equal("ok", await Render());
        Assert.Equal("skipped", await Render());

        // Another image under the same name, keeping the old file's time: the logo's content is what counts.
        var logo = Path.Combine(unit, "logo-white.png");
        var written = File.GetLastWriteTimeUtc(logo);
        File.Copy(Path.Combine(unit, "logo.png"), logo, overwrite: true);
        File.SetLastWriteTimeUtc(logo, written);
        Assert.Equal("ok", await Render());
        Assert.Equal("skipped", await Render());
    }

    private string CopyOfSampleUnit()
    {
        var copy = Path.Combine(_folder, "unit");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(UnitProfileTests.SampleUnit))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }
}
