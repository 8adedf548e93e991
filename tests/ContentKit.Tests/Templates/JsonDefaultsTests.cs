using ContentKit.Templates;

namespace ContentKit.Tests.Templates;

/// <summary>
/// What a manifest or brand kit leaves out takes the documented default. The source-generated JSON reader sets every
/// init-only property, a missing one to null, so these pin <c>WithDefaults</c>.
/// </summary>
public sealed class JsonDefaultsTests
{
    [Fact]
    public void Manifest_without_optional_properties_gets_their_defaults()
    {
        var manifest = new TemplateFolder("<column/>").Load().Manifest;

        Assert.Equal("", manifest.Description);
        Assert.Equal(TemplateKind.Image, manifest.Kind);
        Assert.Equal("layout.sbn", manifest.Layout);
        Assert.Equal("kota-blitar", manifest.Brand);
        Assert.Equal("{row}-{format}", manifest.Name);
        Assert.Equal(Binding.Row, manifest.Binding);
        Assert.Empty(manifest.Values);
        Assert.Null(manifest.Sample);
        Assert.Equal(FieldType.Text, manifest.Fields[0].Type);
    }

    [Fact]
    public void Brand_kit_without_optional_properties_gets_their_defaults()
    {
        var folder = TestPaths.NewTempFolder();
        File.Copy(Path.Combine(TestPaths.Templates, "brands", "kota-blitar", "logo.png"), Path.Combine(folder, "logo.png"));
        File.WriteAllText(Path.Combine(folder, "brand.json"), """
            {
              "id": "uji",
              "name": "Pemerintah Kota Uji",
              "colors": { "primary": "#123456" },
              "fonts": { "heading": "Inter", "body": "Inter" },
              "logo": "logo.png"
            }
            """);

        var brand = BrandKit.Load(folder);

        Assert.Equal("", brand.Unit);
        Assert.Equal("", brand.Website);
        Assert.Empty(brand.Social);
        Assert.Empty(brand.MinTextSize);
        Assert.Null(brand.LogoOnDark);
        Assert.Equal(Path.GetFullPath(folder), brand.Folder);
    }
}
