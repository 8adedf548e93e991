using ContentKit.Templates;

namespace ContentKit.Tests.Templates;

/// <summary><c>foto_fokus</c>, the field of type <c>focus</c> beside every built-in template's <c>foto</c>: checked when bound, passed to the image's <c>focus</c>.</summary>
public sealed class PhotoFocusFieldTests : IDisposable
{
    private readonly string _data = TestPaths.NewTempFolder();
    private readonly TemplateLibrary _library = new(TestPaths.Templates);

    public PhotoFocusFieldTests()
    {
        Directory.CreateDirectory(Path.Combine(_data, "foto"));
        File.Copy(Path.Combine(TestPaths.RepoRoot, "tests", "ContentKit.Tests", "Photos", "Fixtures", "portrait-astronaut.jpg"), Path.Combine(_data, "foto", "wajah.jpg"));
    }

    public static TheoryData<string> PhotoTemplates => ["pengumuman", "kutipan", "ucapan", "reels-pengumuman"];

    [Theory]
    [MemberData(nameof(PhotoTemplates))]
    public void Every_template_with_a_photo_offers_an_optional_foto_fokus_that_defaults_to_auto(string id)
    {
        var field = Assert.Single(_library.Load(id).Manifest.Fields, f => f.Name == "foto_fokus");

        Assert.Equal(FieldType.Focus, field.Type);
        Assert.False(field.Required);
        Assert.Equal("auto", field.Default);
        Assert.Contains("atas", field.Help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "focus=\"auto\"")]
    [InlineData("atas", "focus=\"0.5,0\"")]
    [InlineData("0,5;0,3", "focus=\"0.5,0.3\"")]
    public void The_layout_passes_the_focus_to_the_photo(string cell, string expected)
    {
        var markup = Markup("kutipan", cell);

        Assert.Contains($"<image src=\"data:foto/wajah.jpg\" fit=\"cover\" {expected}", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_focus_that_is_not_one_of_the_forms_fails_its_row_naming_the_column_and_the_forms()
    {
        using var language = UiLanguage.English();
        using var renderer = Renderer("kutipan");

        var row = renderer.Bind(Row("kiri atas"), rowNumber: 4);

        var error = Assert.Single(row.Errors);
        Assert.Equal(("foto_fokus", 4), (error.Location.Column, error.Location.Row));
        Assert.Contains("'kiri atas' is not a photo focus", error.Message, StringComparison.Ordinal);
        Assert.Contains("atas, tengah or bawah", error.Message, StringComparison.Ordinal);
        Assert.Contains("0.5,0.3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_is_in_indonesian_too()
    {
        using var language = UiLanguage.Indonesian();
        using var renderer = Renderer("kutipan");

        var error = Assert.Single(renderer.Bind(Row("1.5,0.2"), rowNumber: 2).Errors);

        Assert.Contains("'1.5,0.2' bukan fokus foto", error.Message, StringComparison.Ordinal);
        Assert.Contains("dari 0 sampai 1", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static Dictionary<string, object?> Row(string focus) => new()
    {
        ["kutipan"] = "Kota yang bersih dimulai dari kita.",
        ["nama"] = "Eileen Collins",
        ["foto"] = "foto/wajah.jpg",
        ["foto_fokus"] = focus,
    };

    private string Markup(string id, string focus)
    {
        using var renderer = Renderer(id);
        var row = renderer.Bind(Row(focus));
        Assert.True(row.IsValid, string.Join("; ", row.Errors));
        return renderer.RenderMarkup(row, renderer.Template.Format("feed"));
    }

    private Renderer Renderer(string id) => new(_library, _library.Load(id), new RenderOptions { DataFolder = _data });
}
