using System.Collections.Immutable;
using System.Drawing;

namespace ContentKit.Layout.Charts;

/// <summary>
/// A chart laid out in its box: the marks painting draws, in page pixels, grouped by kind and painted in
/// the order of the properties below. Tests assert on it without pixels; painting only draws it.
/// </summary>
internal sealed record ChartGeometry(RectangleF Box)
{
    /// <summary>Filled regions under a line chart, painted first.</summary>
    public ImmutableArray<ChartArea> Areas { get; init; } = [];

    public ImmutableArray<ChartBar> Bars { get; init; } = [];

    /// <summary>Progress bars: a track and the filled part over it.</summary>
    public ImmutableArray<ChartTrack> Tracks { get; init; } = [];

    /// <summary>Pie and donut slices, ring tracks and ring fills.</summary>
    public ImmutableArray<ChartArc> Arcs { get; init; } = [];

    /// <summary>Baselines, painted over the bottoms of bars.</summary>
    public ImmutableArray<ChartRule> Rules { get; init; } = [];

    public ImmutableArray<ChartLine> Lines { get; init; } = [];

    /// <summary>Pictogram icons.</summary>
    public ImmutableArray<ChartCell> Cells { get; init; } = [];

    /// <summary>Legend colour dots.</summary>
    public ImmutableArray<ChartSwatch> Swatches { get; init; } = [];

    public ImmutableArray<ChartLabel> Labels { get; init; } = [];

    public bool IsEmpty =>
        Areas.IsEmpty && Bars.IsEmpty && Tracks.IsEmpty && Arcs.IsEmpty && Rules.IsEmpty &&
        Lines.IsEmpty && Cells.IsEmpty && Swatches.IsEmpty && Labels.IsEmpty;
}
