using ContentKit.Text;

namespace ContentKit.Layout.Elements;

/// <summary>A raster image. <see cref="Source"/> is resolved by the renderer's asset resolver.</summary>
internal sealed record ImageElement : Element
{
    public required string Source { get; init; }

    public ImageFit Fit { get; init; } = ImageFit.Cover;

    public float Radius { get; init; }

    /// <summary>The point kept in view when cropping, 0..1 on each axis (0.5, 0.5 is the centre).</summary>
    public float FocusX { get; init; } = 0.5f;

    public float FocusY { get; init; } = 0.5f;

    public System.Collections.Immutable.ImmutableArray<ImageFilter> Filters { get; init; } = [];

    public Shadow? Shadow { get; init; }
}

internal enum ImageFit
{
    Cover,
    Contain,
    Fill,
}
