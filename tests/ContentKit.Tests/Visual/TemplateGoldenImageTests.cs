using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Tests.Visual;

/// <summary>Pins how the built-in templates look: every format, with and without a photo.</summary>
public sealed class TemplateGoldenImageTests(SampleRendererFixture fixture) : IClassFixture<SampleRendererFixture>
{
    public static TheoryData<string, string, int, string> Cases => new()
    {
        { "pengumuman", "pengumuman.csv", 2, "feed" },
        { "pengumuman", "pengumuman.csv", 2, "square" },
        { "pengumuman", "pengumuman.csv", 2, "story" },
        { "pengumuman", "pengumuman.csv", 4, "feed" },
        { "pengumuman", "pengumuman.csv", 4, "square" },
        { "pengumuman", "pengumuman.csv", 4, "story" },
        { "kutipan", "kutipan.csv", 3, "feed" },
        { "kutipan", "kutipan.csv", 5, "square" },
        { "kutipan", "kutipan.csv", 2, "story" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Template_renders_its_sample_row_like_the_reference(string template, string sample, int row, string format)
    {
        var (renderer, bound) = fixture.Samples.Row(template, sample, row);
        using var png = new MemoryStream();
        renderer.Render(bound, renderer.Template.Format(format), OutputType.Png, png);

        var reference = Path.Combine(GoldenFile.Folder("Visual"), $"{template}-row{row}-{format}.png");
        var failure = GoldenFile.Check(reference, png.ToArray(), ImageComparison.Within(ImageTolerance.For(renderer, RenderUnit.Of(bound))));
        Assert.Null(failure);
    }
}

/// <summary>One set of renderers for all golden tests, so fonts and photos load once.</summary>
public sealed class SampleRendererFixture : IDisposable
{
    internal SampleRenderer Samples { get; } = new();

    public void Dispose() => Samples.Dispose();
}
