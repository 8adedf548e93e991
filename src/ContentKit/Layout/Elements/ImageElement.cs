using ContentKit.Text;

namespace ContentKit.Layout.Elements;

/// <summary>A raster image. <see cref="Source"/> is resolved by the renderer's asset resolver.</summary>
internal sealed record ImageElement : Element
{
    public required string Source { get; init; }

    public ImageFit Fit { get; init; } = ImageFit.Cover;

    public float Radius { get; init; }

    /// <summary>What a cover crop keeps in view (<see cref="CoverCrop"/>): the centre unless the markup says <c>focus</c>.</summary>
    public ImageFocus Focus { get; init; } = ImageFocus.Center;

    public System.Collections.Immutable.ImmutableArray<ImageFilter> Filters { get; init; } = [];

    public Shadow? Shadow { get; init; }
}

internal enum ImageFit
{
    Cover,
    Contain,
    Fill,
}
