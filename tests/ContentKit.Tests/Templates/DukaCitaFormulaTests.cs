using ContentKit.Templates;

namespace ContentKit.Tests.Templates;

/// <summary><c>duka-cita</c> writes the formula of the deceased's religion from <c>agama</c>, and none when it is empty or unknown.</summary>
public sealed class DukaCitaFormulaTests : IDisposable
{
    /// <summary>The istirja as the markup writes it (values are escaped, so the apostrophe is an entity).</summary>
    private const string Istirja = "Innalillahi wa inna ilaihi raji&apos;un";

    private static readonly TemplateLibrary Library = new(TestPaths.Templates);

    private readonly Renderer _renderer = new(Library, Library.Load("duka-cita"), new RenderOptions { DataFolder = TestPaths.Samples });

    [Theory]
    [InlineData("Islam", Istirja)]
    [InlineData("kristen", "Beristirahatlah dalam damai Tuhan")]
    [InlineData("katolik", "Beristirahatlah dalam damai Tuhan")]
    [InlineData("hindu", "Om Swargantu, Moksantu, Sunyantu, Murcantu")]
    [InlineData("buddha", "Semoga terlahir di alam bahagia")]
    public void The_formula_follows_the_religion(string religion, string formula)
    {
        var markup = Markup(religion);

        Assert.Contains($">{formula}</text>", markup, StringComparison.Ordinal);
        Assert.Equal(religion == "Islam", markup.Contains("رَاجِعُوْنَ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("lainnya")]
    public void No_formula_is_written_for_an_empty_or_unknown_religion(string? religion)
    {
        var markup = Markup(religion);

        Assert.DoesNotContain("Innalillahi", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("damai Tuhan", markup, StringComparison.Ordinal);
        Assert.Contains(">Turut berduka cita</text>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_sender_the_condolence_comes_from_the_brand()
    {
        var markup = Markup(null);

        Assert.Contains($"Keluarga besar {_renderer.Brand.Name}</text>", markup, StringComparison.Ordinal);
    }

    public void Dispose() => _renderer.Dispose();

    private string Markup(string? religion)
    {
        var values = new Dictionary<string, object?> { ["nama"] = "Hj. Siti Aminah", ["wafat"] = "01/12/2026", ["agama"] = religion };
        var row = _renderer.Bind(values, rowNumber: 2);
        Assert.True(row.IsValid, string.Join("; ", row.Errors));
        return _renderer.RenderMarkup(row, _renderer.Template.Format("feed"));
    }
}
