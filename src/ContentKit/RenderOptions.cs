using System.Globalization;
using ContentKit.Drawing;
using ContentKit.Templates;

namespace ContentKit;

/// <summary>Everything a <see cref="Renderer"/> needs besides the template. Immutable; share it freely.</summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record RenderOptions
{
    /// <summary>The brand; null uses the brand kit the template's manifest names.</summary>
    public BrandKit? Brand { get; init; }

    /// <summary>
    /// A unit's own name, lines and logo over the brand (<see cref="UnitProfile.Load"/>, <c>--unit FOLDER</c>); null
    /// renders as the brand kit itself.
    /// </summary>
    public UnitProfile? Unit { get; init; }

    /// <summary>The folder image paths in the data are relative to (usually the data file's folder).</summary>
    public string? DataFolder { get; init; }

    /// <summary>Template-level values (<c>--set KEY=VALUE</c>), seen by the layout as <c>job.KEY</c>.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The clock a template's <c>hari_ini</c> value reads when neither <c>--set</c> nor the data gives it (hitung-mundur counts
    /// the days to an event from it): the local date when the renderer is made. Tests pass a fixed clock.
    /// </summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The culture numbers and dates in the data are written in; Indonesian by default.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>Limits on images read from the data.</summary>
    public ImageLimits ImageLimits { get; init; } = ImageLimits.Default;

    /// <summary>Lets photos be web addresses (downloaded with time-outs, size caps and a cache); null keeps ContentKit off the network.</summary>
    public NetworkOptions? Network { get; init; }

    /// <summary>Limits on one run of the layout file.</summary>
    public TemplateLimits TemplateLimits { get; init; } = TemplateLimits.Default;

    /// <summary>How videos are encoded (ffmpeg's location, x264 preset and quality).</summary>
    public VideoOptions Video { get; init; } = new();
}
