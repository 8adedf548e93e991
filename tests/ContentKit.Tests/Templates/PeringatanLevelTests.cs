using ContentKit.Templates;

namespace ContentKit.Tests.Templates;

/// <summary>
/// <c>peringatan</c>'s level decides the panel's colour (a brand token), its icon and the scale it is placed on; a level the
/// template does not know is shown as written, in the calm colour, without a scale.
/// </summary>
public sealed class PeringatanLevelTests : IDisposable
{
    private static readonly TemplateLibrary Library = new(TestPaths.Templates);

    private readonly Renderer _renderer = new(Library, Library.Load("peringatan"), new RenderOptions { DataFolder = TestPaths.Samples });

    [Theory]
    [InlineData("normal", "alert_normal", "circle-check", "Awas")]
    [InlineData("Waspada", "alert_waspada", "triangle-alert", "Awas")]
    [InlineData("siaga", "alert_siaga", "octagon-alert", "Awas")]
    [InlineData("AWAS", "alert_awas", "siren", "Awas")]
    [InlineData("informasi", "alert_info", "info", "Darurat")]
    [InlineData("peringatan", "alert_siaga", "triangle-alert", "Darurat")]
    [InlineData("darurat", "alert_awas", "siren", "Darurat")]
    public void A_known_level_is_drawn_in_its_brand_colour_with_its_icon_on_its_scale(string level, string colour, string icon, string lastStep)
    {
        var markup = Markup(level);

        Assert.Contains($"<box background=\"{_renderer.Brand.Colors[colour]}\"", markup, StringComparison.Ordinal);
        Assert.Contains($"<icon name=\"{icon}\"", markup, StringComparison.Ordinal);
        Assert.Contains($">{lastStep}</text>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_level_is_shown_as_written_in_the_calm_colour_without_a_scale()
    {
        var markup = Markup("banjir");

        Assert.Contains($"<box background=\"{_renderer.Brand.Colors["alert_info"]}\"", markup, StringComparison.Ordinal);
        Assert.Contains(">banjir</text>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain(">Darurat</text>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain(">Awas</text>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yellow_level_is_written_in_the_dark_text_colour_and_the_others_in_white()
    {
        var waspada = Markup("waspada");
        var siaga = Markup("siaga");

        var dark = _renderer.Brand.Colors["text"];
        Assert.Contains($"color=\"{dark}\" uppercase=\"true\" line-height=\"1\"", waspada, StringComparison.Ordinal);
        Assert.Contains("color=\"#FFFFFF\" uppercase=\"true\" line-height=\"1\"", siaga, StringComparison.Ordinal);
    }

    public void Dispose() => _renderer.Dispose();

    private string Markup(string level)
    {
        var row = _renderer.Bind(new Dictionary<string, object?> { ["tingkat"] = level, ["judul"] = "Status Gunung Kelud" }, rowNumber: 2);
        Assert.True(row.IsValid, string.Join("; ", row.Errors));
        return _renderer.RenderMarkup(row, _renderer.Template.Format("feed"));
    }
}
