using ContentKit.Data;
using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Tests.Visual;

/// <summary>
/// A page showing every text feature (fit, clamp, balance, spans, emphasis, stroke, shadow, highlight,
/// vertical alignment, emoji, Arabic, fallback), pinned by a reference image a person has looked at.
/// </summary>
public sealed class TypographySpecimenTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepoRoot, "tests", "ContentKit.Tests", "Visual", "Specimen");

    [Fact]
    public void Typography_specimen_renders_like_the_reference()
    {
        var (png, _) = Render();

        var failure = GoldenFile.Check(Path.Combine(GoldenFile.Folder("Visual"), "typography-specimen.png"), png, ImageComparison.Within(ImageTolerance.Design));
        Assert.Null(failure);
    }

    [Fact]
    public void Specimen_reports_what_was_shrunk_and_what_was_cut()
    {
        var (_, result) = Render();

        Assert.Contains(result.Adjustments, a => a is { Field: "panjang", Clamped: false } && a.Size < a.RequestedSize);
        Assert.Contains(result.Adjustments, a => a is { Field: "panjang", Clamped: true });
        Assert.DoesNotContain(result.Adjustments, a => a.Field == "pendek");
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("none of the bundled fonts", StringComparison.Ordinal));
    }

    private static (byte[] Png, RenderResult Result) Render()
    {
        var library = new TemplateLibrary(TestPaths.Templates);
        using var renderer = new Renderer(library, library.Load(Folder), new RenderOptions { DataFolder = Folder });
        var row = renderer.Bind(DataReader.Read(Path.Combine(Folder, "specimen.csv")).Rows[0]);
        Assert.True(row.IsValid, string.Join("; ", row.Errors));
        using var png = new MemoryStream();
        var result = renderer.Render(row, renderer.Template.Format("specimen"), OutputType.Png, png);
        return (png.ToArray(), result);
    }
}
