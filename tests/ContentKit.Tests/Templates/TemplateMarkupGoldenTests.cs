using ContentKit.Tests.Visual;

namespace ContentKit.Tests.Templates;

/// <summary>
/// Pins the layout markup each built-in template writes for a sample row: a template change shows up
/// here as a readable diff before it shows up as pixels.
/// </summary>
public sealed class TemplateMarkupGoldenTests(SampleRendererFixture fixture) : IClassFixture<SampleRendererFixture>
{
    public static TheoryData<string, string, int, string> Cases => new()
    {
        { "pengumuman", "pengumuman.csv", 2, "feed" },
        { "pengumuman", "pengumuman.csv", 4, "story" },
        { "kutipan", "kutipan.csv", 5, "square" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Template_writes_the_reference_markup_for_a_sample_row(string template, string sample, int row, string format)
    {
        var (renderer, bound) = fixture.Samples.Row(template, sample, row);
        var markup = renderer.RenderMarkup(bound, renderer.Template.Format(format));

        var reference = Path.Combine(GoldenFile.Folder("Templates"), $"{template}-row{row}-{format}.xml");
        var failure = GoldenFile.Check(reference, System.Text.Encoding.UTF8.GetBytes(markup), (expected, actual) =>
            (expected.AsSpan().SequenceEqual(actual), "the markup differs (diff the two files)"));
        Assert.Null(failure);
    }
}
