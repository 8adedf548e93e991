using System.Collections.Immutable;

namespace ContentKit.Layout.Elements;

/// <summary>A chart of labelled values, given as <c>&lt;item label="…" value="…"/&gt;</c> children.</summary>
internal sealed record ChartElement : Element
{
    public ChartKind Kind { get; init; } = ChartKind.Bar;

    public ImmutableArray<ChartItem> Items { get; init; } = [];

    /// <summary>Colours for the items, in order; the brand palette when written by templates.</summary>
    public ImmutableArray<Rgba> Palette { get; init; } = [new Rgba(0x0E, 0x5E, 0x4A), new Rgba(0xF2, 0xB7, 0x05), new Rgba(0x12, 0x30, 0x47), new Rgba(0x5A, 0x6B, 0x6E)];

    /// <summary>How value labels are written: Indonesian numbers, percent, rupiah.</summary>
    public ValueFormat ValueFormat { get; init; } = ValueFormat.Number;

    public int Decimals { get; init; }

    /// <summary>The value a full bar, ring or progress stands for; null means the largest value (or 100 for progress and ring).</summary>
    public double? Max { get; init; }

    /// <summary>
    /// The width of a horizontal bar chart's label column (pixels or % of the chart); null fits the longest label
    /// (at most 40%). Pages of one table set it alike so their bars share one scale in pixels too.
    /// </summary>
    public Length? LabelWidth { get; init; }

    public Rgba LabelColor { get; init; } = new(0x16, 0x28, 0x2B);

    public float LabelSize { get; init; } = 24;

    /// <summary>The family for labels; null means the brand's body family.</summary>
    public string? Font { get; init; }

    /// <summary>The unfilled part of progress bars, rings and pictograms.</summary>
    public Rgba Track { get; init; } = new(0xD9, 0xDE, 0xD8);

    /// <summary>Line width (line charts), ring width (donut, ring), bar height (progress); null picks one from the size.</summary>
    public float? Thickness { get; init; }

    /// <summary>The icon a pictogram repeats.</summary>
    public string? Icon { get; init; }

    public bool ShowValues { get; init; } = true;

    public bool ShowLegend { get; init; }
}

/// <summary>One value of a chart.</summary>
internal sealed record ChartItem(string Label, double Value, Rgba? Color);

internal enum ChartKind
{
    Bar,
    HorizontalBar,
    Line,
    Area,
    Donut,
    Pie,
    Progress,
    Ring,
    Pictogram,
}

internal enum ValueFormat
{
    Number,
    Percent,
    Rupiah,
    RupiahShort,
}
