using ContentKit.Templates;
using ContentKit.Tests.Visual;

namespace ContentKit.Tests.Video;

/// <summary>The sample videos, rendered once for all the tests that inspect them.</summary>
public sealed class SampleVideoFixture : IDisposable
{
    public SampleVideoFixture()
    {
        Folder = TestPaths.NewTempFolder();
        Pengumuman = Render("reels-pengumuman", "reels-pengumuman.csv", "reels", "pengumuman-reels.mp4");
        Statistik = Render("reels-statistik", "statistik-penduduk.csv", "whatsapp", "statistik-whatsapp.mp4");
        Dokumentasi = Render("reels-dokumentasi", "reels-dokumentasi.csv", "whatsapp", "dokumentasi-whatsapp.mp4");
    }

    internal SampleRenderer Samples { get; } = new();

    public string Folder { get; }

    public string Pengumuman { get; }

    public string Statistik { get; }

    public string Dokumentasi { get; }

    internal (Renderer Renderer, RenderUnit Unit) Output(string template, string sample, string format) => Samples.FirstOutput(template, sample, format);

    private string Render(string template, string sample, string format, string name)
    {
        var (renderer, unit) = Output(template, sample, format);
        var path = Path.Combine(Folder, name);
        renderer.RenderVideoAsync(unit, renderer.Template.Format(format), path).GetAwaiter().GetResult();
        return path;
    }

    public void Dispose()
    {
        Samples.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
