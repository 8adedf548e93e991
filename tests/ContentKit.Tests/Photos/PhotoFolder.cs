using ContentKit.Drawing;
using SkiaSharp;

namespace ContentKit.Tests.Photos;

/// <summary>A temp folder of photos and an <see cref="ImageStore"/> reading from it, as a renderer reads a data folder.</summary>
internal sealed class PhotoFolder : IDisposable
{
    /// <summary>The committed fixtures: orientation-1…8.jpg (made with exiftool) and photo.jpg/png/webp/gif/tif.</summary>
    public static string Fixtures { get; } = System.IO.Path.Combine(TestPaths.RepoRoot, "tests", "ContentKit.Tests", "Photos", "Fixtures");

    private readonly ImageStore _store;

    public PhotoFolder(ImageLimits? limits = null)
    {
        Path = TestPaths.NewTempFolder();
        _store = new ImageStore(new AssetResolver(Path), limits ?? ImageLimits.Default);
    }

    public string Path { get; }

    /// <summary>Copies a fixture into the folder, optionally under another name or only its first <paramref name="bytes"/>.</summary>
    public string Add(string fixture, string? name = null, int? bytes = null)
    {
        var content = File.ReadAllBytes(System.IO.Path.Combine(Fixtures, fixture));
        return Write(name ?? fixture, bytes is { } count ? content[..count] : content);
    }

    public string Write(string name, byte[] content)
    {
        File.WriteAllBytes(System.IO.Path.Combine(Path, name), content);
        return name;
    }

    /// <summary>Encodes <paramref name="image"/> into the folder.</summary>
    public string Write(string name, SKImage image, SKEncodedImageFormat format)
    {
        using var data = image.Encode(format, 90);
        return Write(name, data.ToArray());
    }

    /// <summary>Decodes a photo of the folder; dispose the lease when done looking.</summary>
    public ImageLease Decode(string name) => _store.Get(name);

    /// <summary>The error decoding <paramref name="name"/> fails with.</summary>
    public ContentKitException Failure(string name) => Assert.Throws<ContentKitException>(() => _store.Get(name).Dispose());

    public void Dispose() => _store.Dispose();
}
