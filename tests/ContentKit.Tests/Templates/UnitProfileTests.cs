using ContentKit.Templates;

namespace ContentKit.Tests.Templates;

/// <summary>
/// <c>unit.json</c> read by <see cref="UnitProfile.Load"/>: the sample unit, keys left to the brand kit, and every
/// mistake a unit's admin can make named with its file, line and what to write instead.
/// </summary>
public sealed class UnitProfileTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    public static string SampleUnit => Path.Combine(TestPaths.Samples, "unit", "kecamatan-sukorejo");

    [Fact]
    public void The_sample_unit_loads_its_lines_handles_and_logos()
    {
        var unit = UnitProfile.Load(SampleUnit);

        Assert.Equal("Kecamatan Sukorejo", unit.Name);
        Assert.Equal("Pemerintah Kota Blitar", unit.Unit);
        Assert.Equal("kecsukorejo.blitarkota.go.id", unit.Website);
        Assert.Equal(["@kecamatansukorejo"], unit.Social);
        Assert.Equal("logo.png", unit.Logo);
        Assert.Equal("logo-white.png", unit.LogoOnDark);
        Assert.Equal(Path.GetFullPath(SampleUnit), unit.Folder);
    }

    [Fact]
    public void Keys_the_unit_leaves_out_keep_the_brand_kits_values()
    {
        var kit = new TemplateLibrary(TestPaths.Templates).LoadBrand("kota-blitar");
        var unit = Load("""{ "name": "SMP Negeri 1 Blitar", "social": "@smpn1blitar" }""");

        var brand = unit.Over(kit);

        Assert.Equal("SMP Negeri 1 Blitar", brand.Name);
        Assert.Equal(["@smpn1blitar"], brand.Social);
        Assert.Equal(kit.Unit, brand.Unit);
        Assert.Equal(kit.Website, brand.Website);
        Assert.Equal(kit.Colors, brand.Colors);
        Assert.Equal(kit.Logo, brand.Logo);
        Assert.Null(unit.Logo);
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_named()
    {
        var missing = Path.Combine(_folder, "kecamatan-sananwetan");

        var error = Assert.Throws<ContentKitException>(() => UnitProfile.Load(missing));

        Assert.Contains($"'{missing}' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_unit_json_says_what_to_write_and_where_an_example_is()
    {
        var error = Assert.Throws<ContentKitException>(() => UnitProfile.Load(_folder));

        Assert.Contains("There is no unit.json in", error.Message, StringComparison.Ordinal);
        Assert.Contains("samples/unit/kecamatan-sukorejo/unit.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_comma_is_reported_at_its_line_and_column()
    {
        var error = Assert.Throws<ContentKitException>(() => Load("{\n  \"name\": \"Kecamatan Sukorejo\"\n  \"unit\": \"Kota Blitar\"\n}\n"));

        Assert.Equal(3, error.Location.Line);
        Assert.Equal(Path.Combine(_folder, "unit.json"), error.Location.File);
        Assert.Contains("not valid JSON at line 3, column 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_column_counts_characters_not_bytes()
    {
        // "–" and "é" are three and two bytes in UTF-8; the stray 'x' is the 20th character of line 2.
        var error = Assert.Throws<ContentKitException>(() => Load("{\n  \"name\": \"Sé – é\" x\n}"));

        Assert.Contains("line 2, column 20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_names_the_nearest_valid_one_and_its_line()
    {
        var error = Assert.Throws<ContentKitException>(() => Load("{\n  \"name\": \"Kecamatan Sukorejo\",\n  \"logo_dark\": \"logo-white.png\"\n}"));

        Assert.Equal(3, error.Location.Line);
        Assert.Contains("no key 'logo_dark'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'logo_on_dark'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_is_named_in_indonesian_too()
    {
        using var language = UiLanguage.Indonesian();

        var error = Assert.Throws<ContentKitException>(() => Load("""{ "websit": "kecsukorejo.blitarkota.go.id" }"""));

        Assert.Equal("unit.json tidak mengenal kunci 'websit'. Mungkin maksud Anda 'website'? Kuncinya: name, unit, website, social, logo, logo_on_dark.", error.Message);
    }

    [Theory]
    [InlineData("""{ "name": 12 }""", "'name' in unit.json must be text in quotes")]
    [InlineData("""{ "social": [ "@a", 2 ] }""", "'social' in unit.json must be a list of handles")]
    [InlineData("""[ "Kecamatan Sukorejo" ]""", "unit.json must hold one object in braces")]
    public void A_value_of_the_wrong_kind_says_how_to_write_it(string json, string expected)
    {
        var error = Assert.Throws<ContentKitException>(() => Load(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_path_that_leaves_the_folder_is_refused()
    {
        File.Copy(Path.Combine(SampleUnit, "logo.png"), Path.Combine(_folder, "logo.png"));
        var unit = Path.Combine(_folder, "unit");
        Directory.CreateDirectory(unit);
        File.WriteAllText(Path.Combine(unit, "unit.json"), """{ "logo": "../logo.png" }""");

        var error = Assert.Throws<ContentKitException>(() => UnitProfile.Load(unit));

        Assert.Contains("The logo '../logo.png' in unit.json is outside the unit folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_linked_from_outside_the_folder_is_refused()
    {
        File.Copy(Path.Combine(SampleUnit, "logo.png"), Path.Combine(_folder, "logo.png"));
        var unit = Path.Combine(_folder, "unit");
        Directory.CreateDirectory(unit);
        File.CreateSymbolicLink(Path.Combine(unit, "logo.png"), Path.Combine(_folder, "logo.png"));
        File.WriteAllText(Path.Combine(unit, "unit.json"), """{ "logo": "logo.png" }""");

        var error = Assert.Throws<ContentKitException>(() => UnitProfile.Load(unit));

        Assert.Contains("is outside the unit folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_logo_is_named_with_the_folder_it_was_looked_for_in()
    {
        var error = Assert.Throws<ContentKitException>(() => Load("{\n  \"logo\": \"Logo.PNG\"\n}"));

        Assert.Equal(2, error.Location.Line);
        Assert.Contains($"The logo 'Logo.PNG' named in unit.json is not a file in {_folder}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_logo_name_is_a_missing_logo_not_one_outside_the_folder()
    {
        var error = Assert.Throws<ContentKitException>(() => Load("""{ "logo": "" }"""));

        Assert.Contains("The logo '' named in unit.json is not a file in", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_logo_fails_when_the_renderer_is_made_not_at_every_image()
    {
        File.WriteAllBytes(Path.Combine(_folder, "logo.png"), File.ReadAllBytes(Path.Combine(SampleUnit, "logo.png"))[..400]);
        var unit = Load("""{ "logo_on_dark": "logo.png" }""");
        var library = new TemplateLibrary(TestPaths.Templates);

        var error = Assert.Throws<ContentKitException>(() => new Renderer(library, library.Load("pengumuman"), new RenderOptions { Unit = unit }));

        Assert.StartsWith("The logo 'logo.png' in unit.json cannot be drawn: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Save it again as a PNG (square, 512 px or more, transparent background).", error.Message, StringComparison.Ordinal);
    }

    private UnitProfile Load(string json)
    {
        File.WriteAllText(Path.Combine(_folder, "unit.json"), json);
        return UnitProfile.Load(_folder);
    }
}
