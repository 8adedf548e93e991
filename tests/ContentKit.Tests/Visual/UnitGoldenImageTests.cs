using ContentKit.Data;
using ContentKit.Output;
using ContentKit.Templates;
using ContentKit.Tests.Templates;

namespace ContentKit.Tests.Visual;

/// <summary>
/// <c>--unit samples/unit/kecamatan-sukorejo</c> on every built-in image template: the first output of its sample in
/// the feed format, pinned by a reference image that shows the unit's name, logo and handle where the city's were
/// (<see cref="UnitMarkupTests"/> proves the same on the markup of every format).
/// </summary>
public sealed class UnitGoldenImageTests
{
    [Theory]
    [InlineData("pengumuman", "pengumuman.csv")]
    [InlineData("kutipan", "kutipan.csv")]
    [InlineData("statistik", "statistik-penduduk.csv")]
    [InlineData("angka-kunci", "angka-kunci.csv")]
    [InlineData("agenda", "agenda.csv")]
    [InlineData("layanan", "layanan-ktp.csv")]
    [InlineData("ucapan", "ucapan.csv")]
    public void A_template_renders_its_sample_as_the_sample_unit_like_the_reference(string id, string sample)
    {
        var library = new TemplateLibrary(TestPaths.Templates);
        var options = new RenderOptions { DataFolder = TestPaths.Samples, Unit = UnitProfile.Load(UnitProfileTests.SampleUnit) };
        using var renderer = new Renderer(library, library.Load(id), options);
        var format = renderer.Template.Format("feed");
        var rows = DataReader.Read(Path.Combine(TestPaths.Samples, sample)).Rows.Select(r => renderer.Bind(r, sample)).ToList();
        var unit = renderer.Template.Plan(rows, format).First();
        using var png = new MemoryStream();

        var result = renderer.Render(unit, format, OutputType.Png, png);

        Assert.Empty(result.Findings);
        var reference = Path.Combine(GoldenFile.Folder("Visual"), $"unit-{id}-feed.png");
        Assert.Null(GoldenFile.Check(reference, png.ToArray(), ImageComparison.Within(ImageTolerance.For(renderer, unit))));
    }
}
