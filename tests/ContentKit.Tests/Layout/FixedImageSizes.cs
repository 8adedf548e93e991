using System.Drawing;
using ContentKit.Layout;

namespace ContentKit.Tests.Layout;

/// <summary>Image sizes without image files: layout only needs the pixel size of each source.</summary>
internal sealed class FixedImageSizes : IImageSizes
{
    /// <summary>A 4:3 photo.</summary>
    public const string Photo = "photo.jpg";

    /// <summary>A 4:1 banner.</summary>
    public const string Banner = "banner.png";

    /// <summary>A square logo.</summary>
    public const string Logo = "logo.png";

    private static readonly Dictionary<string, Size> Sizes = new(StringComparer.Ordinal)
    {
        [Photo] = new Size(400, 300),
        [Banner] = new Size(1200, 300),
        [Logo] = new Size(512, 512),
    };

    public Size SizeOf(string source) =>
        Sizes.TryGetValue(source, out var size) ? size : throw new InvalidOperationException($"The test has no size for image '{source}'.");
}
