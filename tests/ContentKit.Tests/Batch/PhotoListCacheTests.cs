using ContentKit.Batch;
using ContentKit.Templates;

namespace ContentKit.Tests.Batch;

/// <summary>Photos named in a list field count by content in an output's fingerprint, as a single photo field's do.</summary>
public sealed class PhotoListCacheTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder();
    private readonly TemplateLibrary _library = new(TestPaths.Templates);
    private readonly Renderer _renderer;

    public PhotoListCacheTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "foto"));
        foreach (var name in (string[])["kuas.jpg", "bunga.jpg", "taman.jpg"])
        {
            File.Copy(Path.Combine(TestPaths.Samples, "foto", name), Path.Combine(_folder, "foto", name));
        }

        _renderer = new Renderer(_library, _library.Load("reels-dokumentasi"), new RenderOptions { DataFolder = _folder });
    }

    [Fact]
    public void Replacing_a_listed_photo_under_the_same_name_changes_the_fingerprint()
    {
        var row = _renderer.Bind(new Dictionary<string, object?>
        {
            ["judul"] = "Festival Seni",
            ["tanggal"] = new DateTime(2026, 8, 23),
            ["foto"] = "foto/kuas.jpg; foto/bunga.jpg; foto/taman.jpg",
            ["keterangan"] = "Lomba melukis; Taman kota",
        });
        Assert.True(row.IsValid, string.Join("; ", row.Errors));
        var output = new PlannedOutput(RenderUnit.Of(row), _renderer.Template.Format("reels"), "a.mp4");
        var before = Fingerprint(output);

        File.Copy(Path.Combine(TestPaths.Samples, "foto", "sungai.jpg"), Path.Combine(_folder, "foto", "bunga.jpg"), overwrite: true);

        Assert.NotEqual(before, Fingerprint(output));
    }

    /// <summary>The fingerprint a new run (a new cache, which hashes each file once) gives the output.</summary>
    private string Fingerprint(PlannedOutput output)
    {
        var folder = Path.Combine(_folder, "out");
        using var cache = OutputCache.Load(folder, _renderer, new BatchOptions { OutputFolder = folder }, _renderer.FontFolders);
        return cache.Fingerprint(output, _renderer.ImageFile);
    }

    public void Dispose()
    {
        _renderer.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
